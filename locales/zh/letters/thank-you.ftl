# source_hash: 44aa4d9be887b7aa
title = 拒绝后的感谢信
slug = gan-xie-xin
description = 婉拒offer之后，给面试官或HR再发一封简短的感谢信：谢谢对方的时间与认可，并邀请对方今后保持联系。可以发邮件，也可以通过微信或领英发送。
subject = 感谢信–{ $position }–{ $sender_name }
body =
    { $channel ->
        [linkedin] { $contact }，您好！
        [wechat] { $contact }，您好！
       *[email] 尊敬的{ $contact }：

            您好！
    }

    前几天我已经答复，决定不接受{ $company }{ $position }一职的offer。今天想再正式地向您道一声谢谢：感谢您和团队认真考虑我的申请，也感谢大家在面试中抽出宝贵的时间和我深入交流。{ $highlight }

    { $channel ->
        [linkedin] 希望今后能在领英上常交流，也希望有机会多向您学习。
        [wechat] 以后欢迎常在微信上交流，也希望有机会多向您学习。
       *[email] 如果今后有机会，我也很希望能与您保持联系：这个邮箱长期有效，方便的话也欢迎加我微信。
    }

    虽然这次与贵公司擦肩而过，但希望日后还有合作的缘分。祝您工作顺利！

    { $channel ->
        [linkedin] { $sender_name }
        [wechat] { $sender_name }
       *[email] 此致
            敬礼！

            { $sender_name }
    }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 李女士
field-position = 职位名称
    .hint = 您应聘的职位。
    .example = 数据分析师
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-highlight = 印象深刻之处
    .hint = 用一两句完整的话写下面试中让您印象深刻的地方；不填就不会出现在信里。
    .example = 尤其是和技术团队讨论产品规划的那一轮，让我收获很大。
field-channel = 发送方式
    .hint = 通过邮件、微信还是领英发送？开头称呼和结尾会随之调整。
choice-channel-email = 电子邮件
choice-channel-linkedin = 领英（LinkedIn）
choice-channel-wechat = 微信
field-sender_name = 您的姓名
    .hint = 写在信末的署名，也会出现在邮件主题里。
    .example = 张明
