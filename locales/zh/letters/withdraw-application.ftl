# source_hash: 530b25bd154d5d11
title = 退出面试流程
slug = tui-chu-mian-shi-xin
description = 还没拿到offer，但您已经确定不会接受这个职位，想主动退出招聘流程时使用。一封简短的邮件或一条微信就够了，越早发越好。
subject = 退出应聘流程–{ $position }–{ $sender_name }
body =
    { $channel ->
        [linkedin] { $contact }，您好！
        [wechat] { $contact }，您好！
       *[email] 尊敬的{ $contact }：

            您好！
    }

    { $stage ->
        [interviewed] 非常感谢您和同事们抽出宝贵时间，就{ $company }{ $position }一职与我交流。通过面试，我对团队和业务有了更全面的认识。
       *[applied] 感谢您对我应聘{ $company }{ $position }一职的关注。
    }{ $note }

    经过认真考虑，我决定退出这次应聘。这是我结合自身职业规划做出的决定，希望没有给您的工作带来太多不便。

    { $future ->
        [open] 我一直很认可贵公司{ $stage ->
            [interviewed] ，也很珍惜这次面谈的机会
           *[applied] { "" }
        }。希望以后能和您保持联系；将来如果有更合适的机会，我很愿意再次申请。
       *[closed] 再次感谢您的时间和关注。
    }

    祝您早日找到合适的人选，工作顺利！

    { $channel ->
        [linkedin] { $sender_name }
        [wechat] { $sender_name }
       *[email] 此致
            敬礼！

            { $sender_name }
    }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 王经理
field-position = 职位名称
    .hint = 您应聘的职位。
    .example = 产品经理
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-channel = 发送方式
    .hint = 通过邮件、微信还是领英发送？开头称呼和结尾会随之调整。
field-stage = 目前进展
    .hint = 您是只投递了简历，还是已经参加过面试。
choice-stage-applied = 已投递简历
choice-stage-interviewed = 已参加面试
field-future = 今后是否保持联系
    .hint = 如果将来还可能申请这家公司，请选“希望保持联系”。
choice-future-open = 希望保持联系
choice-future-closed = 简单告别即可
field-note = 补充一句
    .hint = 想说得更个人化一些时，用一两句完整的话补充，会接在第一段末尾；不填就不会出现在信里。
    .example = 和技术负责人刘工的那次交流让我印象很深。
field-sender_name = 您的姓名
    .hint = 写在信末的署名，也会出现在邮件主题里。
    .example = 张明

choice-channel-email = 电子邮件
choice-channel-linkedin = 领英（LinkedIn）
choice-channel-wechat = 微信
