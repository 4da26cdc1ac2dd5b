# source_hash: 7a012466c11a0ca5
title = 申请恢复面试流程
slug = hui-fu-mian-shi-liu-cheng
description = 您曾因为另一份offer暂停了某家公司的面试，如今那份offer落空，想重新回到这家公司的招聘流程时使用。可以发邮件，也可以通过微信或领英发给对方。
subject = 希望恢复面试流程–{ $position }–{ $sender_name }
body =
    { $channel ->
        [linkedin] { $contact }，您好！
        [wechat] { $contact }，您好！
       *[email] 尊敬的{ $contact }：

            您好！
    }

    我们上一次联系是在{ $last_contact }，当时我暂停了{ $company }{ $position }一职的面试流程。如今我的情况有了变化，目前没有其他入职安排，而且对这个岗位依然很感兴趣。

    如果这个职位仍在招聘，不知是否有机会继续之前的流程？后续面试的时间我都可以配合，也可以先通个电话。如果岗位已经有了合适的人选，我也完全理解，希望今后贵公司有其他合适的机会时，您还能想到我。

    { $channel ->
        [linkedin] 感谢您的时间，期待您的回复！

            { $sender_name }
        [wechat] 感谢您的时间，期待您的回复！

            { $sender_name }
       *[email] 感谢您的时间，期待您的回复。

            此致
            敬礼！

            { $sender_name }
    }
    { $phone }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 李女士
field-position = 职位名称
    .hint = 您之前应聘的职位。
    .example = 运营经理
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 远航物流
field-channel = 发送方式
    .hint = 通过邮件、微信还是领英发送？开头称呼和结尾会随之调整。
field-last_contact = 上次联系的日期
    .hint = 您最后一次与对方沟通，或告知暂停流程的日期。
    .example = 2026年10月20日
field-sender_name = 您的姓名
    .hint = 写在信末的署名，也会出现在邮件主题里。
    .example = 张明
field-phone = 联系电话
    .hint = 单独一行写在署名下方，方便对方回电；不填就不会出现在信里。
    .example = 138 0013 8000

choice-channel-email = 电子邮件
choice-channel-linkedin = 领英（LinkedIn）
choice-channel-wechat = 微信
