title = Ask to reconsider a declined offer
slug = reconsider-offer-letter
description = For when you turned down an offer and have since changed your mind. It is candid about what has changed, asks whether the role is still open and makes it easy for the company to say no. Sleep on it for 24 hours before you send it.
subject = Revisiting your offer for the { $position } role
body =
    Dear { $contact },

    On { $declined_on } I declined your offer for the { $position } role at { $company }. I know this is an unusual request, but I would like to ask whether you would be willing to consider me again.

    I want to be open with you about what has changed since then:

    { $change }

    I have thought this through carefully: this is a considered decision, not a passing impulse. If the position is still open, I would accept it on the terms you originally offered and commit to it fully. I would be glad to talk it over by phone if that is easier.

    I will completely understand if you have already moved on, or if my earlier decision makes this difficult. A simple no would be perfectly fine, and I would still be glad to stay in touch.

    Thank you for considering my request.

    Kind regards,
    { $sender_name }
    { $phone }
field-contact = Contact person
    .hint = The name as you would write it after "Dear": the first name if you are on first-name terms, otherwise title and surname, such as Ms Jensen.
    .example = Anna
field-position = Position
    .hint = The job title you were offered.
    .example = Software Engineer
field-company = Company
    .hint = The name of the company whose offer you declined.
    .example = Lakeside Technologies
field-declined_on = Date you declined
    .hint = The day you turned the offer down.
    .example = 10 April 2026
field-change = What has changed
    .hint = Explain briefly and honestly why you said no and what has changed since; there is no need to share every detail.
    .example = When you made the offer, I was expecting to relocate for family reasons. Those plans have changed, and I am now able to stay in the city for the long term.
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
field-phone = Phone number
    .hint = Shown on its own line under your name, so that they can call you. Leave it empty if you would rather not give it.
    .example = 07700 900123
