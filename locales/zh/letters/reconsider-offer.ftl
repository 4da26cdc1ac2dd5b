# source_hash: f59dac7e22928169
title = 请求重新考虑
slug = qing-qiu-chong-xin-kao-lv
description = 您拒绝了某个offer之后又改变了主意，想问问对方是否还愿意考虑您时使用。请先冷静24小时，确定自己不会再变，再发出这封信。
subject = 关于{ $position }一职的再次沟通
body =
    尊敬的{ $contact }：

    您好！

    我于{ $declined_on }婉拒了{ $company }{ $position }一职的offer。今天冒昧来信，是想坦诚地告诉您：我改变了主意。

    { $change }

    这一次的决定，我已经过深思熟虑：{ $position }这个岗位和您的团队，正是我真正想加入的。如果这个职位仍然空缺，而您也愿意再考虑我，我非常希望能够加入，并会全力投入。

    我完全理解岗位可能已经另有安排，您对我之前的决定也可能有所顾虑。如果不方便，简单回复一句即可，我同样感激您当初给我的机会。

    此致
    敬礼！

    { $sender_name }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 王经理
field-position = 职位名称
    .hint = 您当初拒绝的职位。
    .example = 产品经理
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-declined_on = 拒绝的日期
    .hint = 您当初答复拒绝offer的日期。
    .example = 2026年11月10日
field-change = 发生了哪些变化
    .hint = 用两三句话坦诚说明当初为什么拒绝、后来发生了什么变化，不必事无巨细。
    .example = 当时我接受了另一家公司的offer，但入职前得知那个岗位的职责有较大调整，和我的发展方向已经不再相符。
field-sender_name = 您的姓名
    .hint = 写在信末的署名。
    .example = 张明
