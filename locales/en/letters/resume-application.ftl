title = Resume a paused application
slug = resume-application-letter
description = For getting back in touch with a company whose process you paused or left, for example because you accepted an offer elsewhere that has since fallen through. It is short and friendly, and it does not go into lengthy explanations.
subject = My application for the { $position } role
body =
    Dear { $contact },

    We were last in touch on { $last_contact } about the { $position } role at { $company }, when I put my application on hold.

    My situation has changed since then, and I am now free to pursue this role. I am still very interested in { $company } and in the work, and if the position is still open, I would welcome the chance to pick up the process where we left off.

    I would be happy to talk, by phone or in person, at a time that suits you. Thank you for considering this.

    Kind regards,
    { $sender_name }
    { $phone }
field-contact = Contact person
    .hint = The name as you would write it after "Dear": the first name if you are on first-name terms, otherwise title and surname, such as Ms Jensen.
    .example = Anna
field-position = Position
    .hint = The job title you applied for.
    .example = Project Coordinator
field-company = Company
    .hint = The name of the company you are writing to.
    .example = Greenfield Health
field-last_contact = Date of your last contact
    .hint = When you last heard from them or wrote to them.
    .example = 14 February 2026
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
field-phone = Phone number
    .hint = Shown on its own line under your name, so that they can call you. Leave it empty if you would rather not give it.
    .example = 07700 900123
