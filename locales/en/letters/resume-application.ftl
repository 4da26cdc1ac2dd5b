title = Resume a paused application
slug = resume-application-letter
description = For getting back in touch with a company whose process you paused or left, for example because you accepted an offer elsewhere that has since fallen through. It is short and friendly, and it does not go into lengthy explanations.
subject = My application for { $position }
body =
    Dear { $contact },

    We were last in touch on { $last_contact } about the { $position } role at { $company }, when I put my application on hold.

    My situation has changed since then, and I am no longer committed elsewhere. I am still very interested in { $company } and in this role, and if the position is still open, I would welcome the chance to pick up the process where we left off.

    I would be happy to talk at a time that suits you. Thank you for considering this.

    Kind regards,
    { $sender_name }
field-contact = Contact person
    .hint = The name as you would write it after "Dear", for example Anna Jensen or Ms Jensen.
    .example = Anna Jensen
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
