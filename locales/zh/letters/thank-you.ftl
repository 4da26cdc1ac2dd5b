# source_hash: b0697c3035b16bfe
title = 拒绝后的感谢信
slug = gan-xie-xin
description = 婉拒offer之后，给面试官或HR再发一封简短的感谢信：谢谢对方的时间与认可，并邀请对方今后保持联系。
subject = 感谢您在{ $position }一职招聘中的关照
body =
    尊敬的{ $contact }：

    您好！

    前几天我已经答复，决定不接受{ $company }{ $position }一职的offer。今天写信，是想再正式地向您道一声谢谢：感谢您和团队认真考虑我的申请，也感谢大家在面试中抽出宝贵的时间和我深入交流。{ $highlight }

    { $channel ->
        [linkedin] 如果您不介意，我会在领英（LinkedIn）上向您发送联系邀请，希望今后能常交流、多学习。
       *[email] 如果今后有机会，我也很希望能与您保持联系；这个邮箱长期有效，欢迎随时来信。
    }

    虽然这次未能加入{ $company }，但希望日后还有合作的缘分。祝您工作顺利！

    此致
    敬礼！

    { $sender_name }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 李女士
field-position = 职位名称
    .hint = 您应聘的职位。
    .example = 数据分析师
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-highlight = 印象深刻之处（选填）
    .hint = 用一两句完整的话写下面试中让您印象深刻的地方；不填就不会出现在信里。
    .example = 尤其是和技术团队讨论产品规划的那一轮，让我收获很大。
field-channel = 保持联系的方式
    .hint = 选择您希望对方今后怎样联系您。
choice-channel-linkedin = 领英（LinkedIn）
choice-channel-email = 电子邮件
field-sender_name = 您的姓名
    .hint = 写在信末的署名。
    .example = 张明
