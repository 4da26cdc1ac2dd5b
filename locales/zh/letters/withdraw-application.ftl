# source_hash: 8962d2f7fff7691f
title = 退出面试流程
slug = tui-chu-mian-shi-xin
description = 还没拿到offer，但您已经确定不会接受这个职位，想主动退出招聘流程时使用。一封简短的邮件就够了，越早发越好。
subject = 关于{ $position }一职应聘的说明
body =
    尊敬的{ $contact }：

    您好！

    { $stage ->
        [interviewed] 非常感谢您和各位面试官抽出宝贵时间，就{ $company }{ $position }一职与我深入交流。几轮面试下来，我对团队和业务有了更全面的认识。
       *[applied] 感谢您对我应聘{ $company }{ $position }一职的关注和安排。
    }

    经过认真考虑，我决定退出这次招聘流程。这是我结合自身职业规划做出的决定，希望没有给您的工作带来太多不便。

    { $future ->
        [open] 我一直很认可{ $company }，也很珍惜这次交流的机会。希望以后能和您保持联系；将来如果有更合适的机会，我很愿意再次申请。也祝您早日找到合适的人选！
       *[closed] 再次感谢您的时间，祝您早日找到合适的人选！
    }

    此致
    敬礼！

    { $sender_name }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 王经理
field-position = 职位名称
    .hint = 您应聘的职位。
    .example = 产品经理
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-stage = 目前进展
    .hint = 您是只投递了简历，还是已经参加过面试。
choice-stage-applied = 已投递简历
choice-stage-interviewed = 已参加面试
field-future = 今后是否保持联系
    .hint = 如果将来还可能申请这家公司，请选“希望保持联系”。
choice-future-open = 希望保持联系
choice-future-closed = 简单告别即可
field-sender_name = 您的姓名
    .hint = 写在信末的署名。
    .example = 张明
