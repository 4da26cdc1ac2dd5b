title = Thank-you note after declining
slug = thank-you-note
description = A short, friendly note to send a day or so after you have declined an offer or stepped out of a process. It thanks the people who interviewed you and invites them to keep in touch, by email, on LinkedIn or on WeChat.
subject = Thank you – the { $position } role at { $company }
body =
    Dear { $contact },

    Now that I have let you know my decision about the { $position } role, I wanted to send a proper thank-you. I really appreciate the time you and your colleagues at { $company } spent getting to know me, and how open and welcoming everyone was throughout the process. { $highlight }

    { $channel ->
        [linkedin] I would be glad to stay in touch, so I have sent you a connection request on LinkedIn.
        [wechat] I would be glad to stay in touch, so I have sent you a contact request on WeChat.
       *[email] I would be glad to stay in touch, and you are always welcome to reach me at this address.
    } I hope we will have the chance to work together one day.

    Warm regards,
    { $sender_name }
field-contact = Contact person
    .hint = The name as you would write it after "Dear": the first name if you are on first-name terms, otherwise title and surname, such as Ms Jensen.
    .example = Anna
field-position = Position
    .hint = The job title you interviewed for.
    .example = Senior Product Designer
field-company = Company
    .hint = The name of the company.
    .example = Northwind Studios
field-highlight = What you appreciated
    .hint = One or two sentences about a person or moment that stood out; leave empty to skip.
    .example = I especially enjoyed the conversation with your design team and the tour of the studio.
field-channel = How to stay in touch
    .hint = Choose LinkedIn or WeChat if you are also sending a contact request there.
choice-channel-email = Email
choice-channel-linkedin = LinkedIn
choice-channel-wechat = WeChat
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
