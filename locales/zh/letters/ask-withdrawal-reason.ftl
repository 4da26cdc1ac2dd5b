# source_hash: b4c89b2f4dde8914
title = 询问offer撤回原因
slug = xun-wen-che-hui-yuan-yin
description = 公司撤回了已经发给您的offer，却没有说明原因时使用。语气平和、不带指责，目的是了解情况、吸取经验。
subject = 询问offer撤回原因–{ $position }–{ $sender_name }
body =
    尊敬的{ $contact }：

    您好！

    我于{ $offer_date }收到{ $company }{ $position }一职的offer，近日得知这份offer已被撤回。这个消息让我十分意外，也很遗憾，因为我对这个岗位和团队一直充满期待。

    我尊重贵公司的决定，写这封信并不是想争辩什么，只是希望您方便时能告诉我撤回的具体原因。如果是背景调查或推荐人反馈中出现了问题，我很希望了解具体情况，必要时也可以补充说明。

    如果不便书面说明，简单通个电话也可以。感谢您百忙之中抽空回复，也感谢您和团队此前在招聘过程中的付出。

    此致
    敬礼！

    { $sender_name }
    { $phone }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 王经理
field-position = 职位名称
    .hint = 被撤回的offer所对应的职位。
    .example = 市场专员
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-offer_date = 收到offer的日期
    .hint = 对方向您发出offer的日期。
    .example = 2026年11月3日
field-sender_name = 您的姓名
    .hint = 写在信末的署名，也会出现在邮件主题里。
    .example = 张明
field-phone = 联系电话
    .hint = 单独一行写在署名下方，方便对方回电；不填就不会出现在信里。
    .example = 138 0013 8000
