title = Thank-you note after declining
slug = thank-you-note
description = A short, friendly note to send a day or so after you have declined an offer or stepped out of a process. It thanks the people who interviewed you and invites them to keep in touch, by email or on LinkedIn.
subject = Thank you – { $position } at { $company }
body =
    Dear { $contact },

    Now that I have let you know my decision about the { $position } role, I wanted to send a proper thank-you. I really appreciate the time you and your colleagues at { $company } spent getting to know me, and how open and welcoming everyone was throughout the process. { $highlight }

    { $channel ->
        [linkedin] I would be glad to stay in touch, so I have sent you a connection request on LinkedIn.
       *[email] I would be glad to stay in touch, and you are always welcome to reach me at this address.
    } I hope we will have the chance to work together one day.

    Warm regards,
    { $sender_name }
field-contact = Contact person
    .hint = The name as you would write it after "Dear", for example Anna Jensen or Ms Jensen.
    .example = Anna Jensen
field-position = Position
    .hint = The job title you interviewed for.
    .example = Senior Product Designer
field-company = Company
    .hint = The name of the company.
    .example = Northwind Studios
field-highlight = What you appreciated (optional)
    .hint = One or two sentences about a person or moment that stood out; leave empty to skip.
    .example = I especially enjoyed the conversation with your design team and the tour of the studio.
field-channel = How to stay in touch
    .hint = Choose LinkedIn if you are also sending a connection request.
choice-channel-linkedin = LinkedIn
choice-channel-email = Email
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
