title = Decline a job offer
slug = decline-offer-letter
description = Use this letter to confirm in writing that you are turning down a job offer, ideally straight after you have told the recruiter or hiring manager by phone. It thanks them, states your decision clearly, gives a short reason if you want to share one, and leaves the door open.
subject = Your offer for the { $position } role
body =
    Dear { $contact },

    { $phoned ->
        [yes] Thank you for taking the time to speak with me earlier. As I said on the phone, I have decided not to accept your offer for the { $position } role at { $company }, and I wanted to confirm this in writing.
       *[no] Thank you very much for offering me the { $position } role at { $company }. After careful thought, I have decided not to accept the offer.
    } { $reason ->
        [other-offer] I have accepted another position that is a closer match for the direction I want my career to take.
        [salary] The deciding factor was the salary, which is some way below what I need at this stage of my career.
        [role-fit] Having thought hard about what the role involves, I have concluded that it is not quite the right fit for me at this point.
        [personal] My decision comes down to personal circumstances, not to anything about the role or the team.
       *[unspecified] It was not an easy decision to make.
    }

    I very much enjoyed meeting you and your colleagues, and I am grateful for the time you all put into the process. I would be glad to stay in touch, and I hope our paths cross again.

    I wish you and everyone at { $company } every success.

    Kind regards,
    { $sender_name }
field-contact = Contact person
    .hint = The name as you would write it after "Dear": the first name if you are on first-name terms, otherwise title and surname, such as Ms Jensen.
    .example = Anna
field-position = Position
    .hint = The job title as it appears in the offer.
    .example = Senior Product Designer
field-company = Company
    .hint = The name of the company that made the offer.
    .example = Northwind Studios
field-phoned = Have you already called?
    .hint = Ideally, tell them by phone first and send this letter as confirmation.
choice-phoned-yes = Yes, we have spoken on the phone
choice-phoned-no = No, this letter is my first message
field-reason = Reason
    .hint = A reason is optional; if you give one, keep it short and true. If pay is the only obstacle, ask whether they can improve the offer before you decline.
choice-reason-other-offer = I have accepted another offer
choice-reason-salary = The salary is too low for me
choice-reason-role-fit = The role is not the right fit
choice-reason-personal = Personal circumstances
choice-reason-unspecified = I would rather not give a reason
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
