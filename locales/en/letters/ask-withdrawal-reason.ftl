title = Ask why an offer was withdrawn
slug = ask-why-offer-withdrawn
description = Use this when a company has withdrawn a job offer without telling you why. It stays calm, acknowledges your disappointment and asks for an explanation you can learn from, without arguing with the decision.
subject = The withdrawn offer for { $position }
body =
    Dear { $contact },

    Thank you for letting me know that { $company } has decided to withdraw the offer for the { $position } role that I received on { $offer_date }.

    I will be honest: the news was a real disappointment. I had been looking forward to joining the team and to getting started.

    I respect your decision, and I am not writing to dispute it. I would, however, be very grateful if you could tell me briefly what led to it. If anything in the way I handled the process, or anything that came up in my references, played a part, knowing that would help me do better in the future.

    Thank you for your time, and I wish you and the team all the best.

    Kind regards,
    { $sender_name }
field-contact = Contact person
    .hint = The name as you would write it after "Dear", for example Anna Jensen or Ms Jensen.
    .example = Anna Jensen
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
