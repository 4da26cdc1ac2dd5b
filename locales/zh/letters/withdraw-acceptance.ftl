# source_hash: 585ff37ff57b4695
title = 撤回已接受的offer
slug = che-hui-jie-shou-offer
description = 已经接受offer甚至签约之后，因正当原因决定不入职时使用。最好先打电话告知对方，再用这封信正式确认，越早越好。
subject = 放弃入职说明–{ $position }–{ $sender_name }
body =
    尊敬的{ $contact }：

    您好！

    { $phoned ->
        [yes] 电话中已向您说明，现再以书面形式正式确认：
       *[no] 非常抱歉，这个消息本应当面或电话告诉您：
    }{ $stage ->
        [signed] 我已就{ $position }一职与{ $company }签约，但经过反复考虑，最终决定放弃入职。
       *[accepted] 我此前已接受{ $company }{ $position }一职的offer，但经过反复考虑，最终决定放弃入职。
    }我清楚这个决定会打乱您和团队的安排，因此希望尽早告知您。

    { $reason ->
        [other-offer] 原因是我近期收到了另一份offer，无论工作内容还是发展方向，都与我的长期规划更加契合。再三权衡之后，我选择了那个机会。
        [family] 原因是家里突发变故，接下来一段时间我需要留在家人身边，无法按计划开始新的工作。
       *[personal] 原因是我的个人情况发生了变化，无法按计划入职。
    }

    { $referral ->
        [yes] 给您和团队的工作安排带来的不便，我深表歉意。为了尽量减少对招聘工作的影响，我想推荐一位背景相近、也很适合这个岗位的朋友。如果您需要，我很乐意帮忙引荐。
       *[no] 给您和团队的工作安排带来的不便，我深表歉意。
    }

    { $stage ->
        [signed] 后续如需我出具书面的解约通知或办理其他手续，我一定积极配合。
       *[accepted] 如有需要我配合的事项，请随时告诉我。
    }{ $phoned ->
        [yes] { "" }
       *[no] 如果您希望电话沟通，我随时可以打给您。
    }衷心感谢您和团队一直以来的信任，希望今后还有合作的机会。

    此致
    敬礼！

    { $sender_name }
    { $phone }

field-contact = 联系人称呼
    .hint = 信件开头对收信人的称呼，通常是姓氏加职务，或姓氏加“女士”“先生”。
    .example = 王经理
field-position = 职位名称
    .hint = 您已经接受的职位。
    .example = 前端工程师
field-company = 公司名称
    .hint = 用平时沟通中的叫法即可，可以是简称。
    .example = 星辰科技
field-phoned = 是否已电话沟通
    .hint = 建议先打电话告知，再发这封信确认。
choice-phoned-yes = 已经电话沟通过
choice-phoned-no = 还没有电话沟通
field-stage = 目前阶段
    .hint = 您是已经接受了offer，还是已经签了劳动合同或三方协议。已签约的，请先看清合同或协议里关于违约责任的条款。
choice-stage-accepted = 已接受offer，尚未签约
choice-stage-signed = 已经签约
field-reason = 主要原因
    .hint = 请选择真实的原因，信里只会简要说明。
choice-reason-other-offer = 接受了其他offer
choice-reason-family = 家庭原因
choice-reason-personal = 个人原因
field-referral = 是否推荐其他候选人
    .hint = 只有身边确实有合适人选时，才选“愿意推荐”。
choice-referral-yes = 愿意推荐
choice-referral-no = 不推荐
field-sender_name = 您的姓名
    .hint = 写在信末的署名，也会出现在邮件主题里。
    .example = 张明
field-phone = 联系电话
    .hint = 单独一行写在署名下方，方便对方回电；不填就不会出现在信里。
    .example = 138 0013 8000
