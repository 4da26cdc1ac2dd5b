title = Ask why an offer was withdrawn
slug = ask-why-offer-withdrawn
description = Use this when a company has withdrawn a job offer without telling you why. It stays calm, acknowledges your disappointment and asks for an explanation you can learn from, without arguing with the decision.
subject = The withdrawn offer for the { $position } role
body =
    Dear { $contact },

    Thank you for letting me know that { $company } has decided to withdraw the offer you made me on { $offer_date } for the { $position } role.

    I will be honest: the news was a real disappointment. I had been looking forward to joining the team and to getting started.

    I respect your decision, and I am not writing to dispute it. I would, however, be very grateful if you could tell me briefly what led to it. If something in my references or a background check played a part, I would appreciate the chance to hear what it was and to respond to it.

    If it is easier to talk than to write, I would be glad to take a call at a time that suits you.

    Thank you for your time, and I wish you and the team all the best.

    Kind regards,
    { $sender_name }
    { $phone }
field-contact = Contact person
    .hint = The name as you would write it after "Dear": the first name if you are on first-name terms, otherwise title and surname, such as Ms Jensen.
    .example = Anna
field-position = Position
    .hint = The job title in the offer that was withdrawn.
    .example = Data Analyst
field-company = Company
    .hint = The name of the company that withdrew the offer.
    .example = Brightline Analytics
field-offer_date = Date of the offer
    .hint = The day you received the offer.
    .example = 3 March 2026
field-sender_name = Your name
    .hint = Your full name, as you sign your emails.
    .example = Sam Taylor
field-phone = Phone number
    .hint = Shown on its own line under your name, so that they can call you. Leave it empty if you would rather not give it.
    .example = 07700 900123
