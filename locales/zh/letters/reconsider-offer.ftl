# source_hash: e773156f1633c11c
title = 请求重新考虑
slug = qing-qiu-chong-xin-kao-lv
description = 您拒绝了某个offer之后又改变了主意，想问问对方是否还愿意考虑您时使用。请先冷静24小时，确定自己不会再变，再发出这封信。
subject = 请求重新考虑offer–{ $position }–{ $sender_name }
body =
    尊敬的{ $contact }：

    您好！

    我于{ $declined_on }婉拒了{ $company }{ $position }一职的offer。今天冒昧来信，是想坦诚地告诉您：我想再争取一次这个机会。

    { $change }

    这一次的决定是我深思熟虑之后做出的：贵公司和您的团队，正是我真正想加入的地方。如果这个职位仍然空缺，而您也愿意再考虑我，我愿意按原offer的条件入职，并会全力投入。如需电话沟通，随时可以联系我。

    我完全理解岗位可能已经另有安排，您对我之前的决定也可能有所顾虑。如果不方便，简单回复一句即可，我同样感激您当初给我的机会。

    此致
    敬礼！

    { $sender_name }
    { $phone }

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
    .hint = 写在信末的署名，也会出现在邮件主题里。
    .example = 张明
field-phone = 联系电话
    .hint = 单独一行写在署名下方，方便对方回电；不填就不会出现在信里。
    .example = 138 0013 8000
