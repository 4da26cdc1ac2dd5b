title = Withdraw from an interview process
slug = withdraw-application-letter
description = Use this when you have decided that you would not accept the job and want to step out of the recruitment process. Send it as soon as you know. Choose whether to keep the door open if you might want to apply to the company again, and add a personal line if someone made an impression.
subject = Withdrawing my application for the { $position } role
body =
    Dear { $contact },

    { $stage ->
        [interviewed] Thank you for the time you and your colleagues have spent with me during the interview process for the { $position } role at { $company }. I have enjoyed our conversations and learned a great deal about your team.
       *[applied] Thank you for considering my application for the { $position } role at { $company }, and for the interest you have shown in my background.
    } { $note }

    After careful thought, I have concluded that the role is not the right fit for me at this time, and I have decided to withdraw from the process. I wanted to let you know straight away so that you can focus on the other candidates.

    { $future ->
        [open] I have a great deal of respect for { $company }, and I would very much like to stay in touch. I hope there will be a chance for us to work together in the future.
       *[closed] Thank you again for considering me.
    } I wish you every success in finding the right person for the role.

    Kind regards,
    { $sender_name }
field-contact = Contact person
    .hint = The name as you would write it after "Dear": the first name if you are on first-name terms, otherwise title and surname, such as Ms Jensen.
    .example = Anna
field-position = Position
    .hint = The job title you applied for.
    .example = Marketing Manager
field-company = Company
    .hint = The name of the company you applied to.
    .example = Oakridge Publishing
field-stage = Where you are in the process
    .hint = A more personal message is worth it once people have given up time to meet you.
choice-stage-applied = I have applied but not yet been interviewed
choice-stage-interviewed = I have had one or more interviews
field-future = Keep the door open?
    .hint = Choose this if you might contact them or apply to the company again.
choice-future-open = Yes, I would like to stay in touch
choice-future-closed = No, just sign off politely
field-note = A personal note
    .hint = One or two whole sentences, for example about someone you enjoyed meeting; they close the first paragraph. Leave empty to skip.
    .example = I especially enjoyed meeting Priya and hearing how your team plans its campaigns.
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
