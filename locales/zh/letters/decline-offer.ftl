# source_hash: 76ee6f47667de30f
title = 婉拒offer
slug = wan-ju-offer-xin
description = 您已经决定不接受某家公司的offer时使用。最好先打电话告知对方，再用这封信做书面确认；理由写一句即可，也可以不写。
subject = 婉拒offer–{ $position }–{ $sender_name }
body =
    尊敬的{ $contact }：

    您好！

    { $phoned ->
        [yes] 感谢您抽空与我通电话。正如电话中所说，经过慎重考虑，我决定不接受{ $company }{ $position }一职的offer，特此书面确认。
       *[no] 非常感谢您和{ $company }为我提供{ $position }一职的offer。经过慎重考虑，我决定不接受这份offer。
    }{ $reason ->
        [other-offer] 主要原因是我已经接受了另一个与我现阶段职业规划更契合的机会。
        [salary] 主要原因是薪资待遇与我的预期还有一定差距。
        [role-fit] 主要原因是这个岗位的方向与我现阶段的职业规划不太吻合。
        [personal] 这主要是出于个人方面的原因。
       *[unspecified] 这是我结合自身情况做出的决定。
    }

    整个面试过程中，您和团队的专业与热情给我留下了很深的印象，也感谢大家为我投入的时间和精力。做出这个决定并不容易，希望您能理解。

    希望今后仍有机会保持联系，也祝贵公司发展顺利，祝您工作顺利！

    此致
    敬礼！

    { $sender_name }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 王经理
field-position = 职位名称
    .hint = 对方为您提供的职位。
    .example = 产品经理
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-phoned = 是否已电话沟通
    .hint = 建议先打电话告知，再发这封信确认。
choice-phoned-yes = 已经电话沟通过
choice-phoned-no = 还没有电话沟通
field-reason = 拒绝原因
    .hint = 信里只用一句话带过；不想说明时选“不具体说明”。如果只是薪资不满意，不妨先问问对方还有没有调整的空间，再决定是否拒绝。
choice-reason-other-offer = 已接受其他offer
choice-reason-salary = 薪资未达预期
choice-reason-role-fit = 岗位与职业规划不符
choice-reason-personal = 个人原因
choice-reason-unspecified = 不具体说明
field-sender_name = 您的姓名
    .hint = 写在信末的署名，也会出现在邮件主题里。
    .example = 张明
