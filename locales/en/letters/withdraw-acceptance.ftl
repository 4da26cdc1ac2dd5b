title = Withdraw your acceptance of an offer
slug = withdraw-acceptance-letter
description = For the rare case where you have already accepted an offer, or even signed the contract, and have to back out. Call first, then send this letter to confirm. It gives an honest reason, takes responsibility for the inconvenience and, if you can, offers to suggest another candidate.
subject = Withdrawing my acceptance: { $position } at { $company }
body =
    Dear { $contact },

    Further to our phone call, I am writing to confirm, with real regret, that I will not be able to join { $company } as { $position }. { $stage ->
        [signed] I know that I have already signed the contract, and I do not take going back on that commitment lightly.
       *[accepted] I know that I have already accepted your offer, and I do not take going back on my word lightly.
    }

    { $reason ->
        [other-offer] Since accepting, I have received another offer that fits my skills and long-term plans considerably better. I thought about it very carefully, and I would rather be straightforward with you now than start a job I might not stay in.
        [family] A serious family situation has arisen that needs my full attention, and I am not able to start a new role at this time.
       *[personal] My personal circumstances have changed in a way that means I cannot take up the position as planned.
    }

    I wanted to let you know as early as possible so that you have time to adjust your plans. { $referral ->
        [yes] If it would help, I would be happy to put you in touch with someone I know who could be a strong candidate for the role.
       *[no] Please let me know if there is anything I can do to make this easier.
    }

    I have great respect for you and your team, and I am sorry for the disruption this causes. I hope we can stay in touch.

    Kind regards,
    { $sender_name }
field-contact = Contact person
    .hint = The name as you would write it after "Dear", for example Anna Jensen or Ms Jensen.
    .example = Anna Jensen
field-position = Position
    .hint = The job title you accepted.
    .example = Account Manager
field-company = Company
    .hint = The name of the company whose offer you accepted.
    .example = Bayview Logistics
field-stage = How far you have gone
    .hint = Choose whether you have only said yes or have already signed the contract.
choice-stage-accepted = I have accepted the offer
choice-stage-signed = I have signed the contract
field-reason = Reason
    .hint = Be honest; a short, true reason is better than a polished excuse.
choice-reason-other-offer = I have received a better-fitting offer
choice-reason-family = A family emergency
choice-reason-personal = A change in personal circumstances
field-referral = Offer to suggest another candidate?
    .hint = Only offer this if you know someone you would genuinely recommend.
choice-referral-yes = Yes, I can suggest someone
choice-referral-no = No
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
