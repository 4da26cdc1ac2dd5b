title = Withdraw your acceptance of an offer
slug = withdraw-acceptance-letter
description = For the rare case where you have already accepted an offer, or even signed the contract, and have to back out. Call first if you can, then send this letter to confirm. It gives an honest reason, takes responsibility for the inconvenience and, if you can, offers to suggest another candidate.
subject = Withdrawing my acceptance of the { $position } role
body =
    Dear { $contact },

    { $phoned ->
        [yes] Further to our phone call, I am writing to confirm that I will not be able to take up the { $position } role at { $company }.
       *[no] I am writing to let you know, with regret, that I will not be able to take up the { $position } role at { $company }.
    } { $stage ->
        [signed] I know that I have already signed the contract, and I do not take going back on that commitment lightly. Please take this letter as my formal notice; if you agree, I would suggest that we end the contract before my start date rather than run a notice period.
       *[accepted] I know that I have already accepted your offer, and I do not take going back on my word lightly.
    }

    { $reason ->
        [other-offer] Since accepting, I have received another offer that fits my skills and long-term plans considerably better. I have thought it over very carefully, and I would rather tell you now than start the role half-committed.
        [family] A serious family situation has arisen that needs my full attention, and I am not able to start a new role at this time.
       *[personal] My personal circumstances have changed in a way that means I cannot take up the position as planned.
    }

    I wanted to tell you as early as possible so that you have time to adjust your plans. { $referral ->
        [yes] If it would help, I would be happy to put you in touch with someone I know who could be a strong candidate for the role.
       *[no] Please let me know if there is anything I can do to make this easier.
    }

    { $phoned ->
        [yes] I am sorry for the disruption this causes, and I hope we can stay in touch.
       *[no] I am happy to talk by phone whenever it suits you. I am sorry for the disruption this causes, and I hope we can stay in touch.
    }

    Kind regards,
    { $sender_name }
    { $phone }
field-contact = Contact person
    .hint = The name as you would write it after "Dear": the first name if you are on first-name terms, otherwise title and surname, such as Ms Jensen.
    .example = Anna
field-position = Position
    .hint = The job title you accepted.
    .example = Account Manager
field-company = Company
    .hint = The name of the company whose offer you accepted.
    .example = Bayview Logistics
field-phoned = Have you already called?
    .hint = Ideally, tell them by phone first and send this letter as confirmation.
choice-phoned-yes = Yes, we have spoken on the phone
choice-phoned-no = No, this letter is my first message
field-stage = How far you have gone
    .hint = Choose whether you have only said yes or have already signed the contract. If you have signed, check the contract's notice and repayment clauses first.
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
field-phone = Phone number
    .hint = Shown on its own line under your name, so that they can call you. Leave it empty if you would rather not give it.
    .example = 07700 900123
