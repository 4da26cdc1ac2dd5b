# source_hash: 7a012466c11a0ca5
title = Genoptag en ansøgning
slug = genoptag-en-ansoegning
description = Satte du et andet ansættelsesforløb på pause, fordi du fik et tilbud, som siden er blevet trukket tilbage? Med denne besked – på mail eller LinkedIn – fortæller du, at du stadig er interesseret, og spørger, om I kan fortsætte, hvor I slap.
subject = Stillingen som { $position } – jeg er stadig interesseret
body =
    { $channel ->
        [linkedin] Hej { $contact }
        [wechat] Hej { $contact }
       *[email] Kære { $contact }
    }

    Vi var sidst i kontakt den { $last_contact } om stillingen som { $position } hos { $company }. Dengang satte jeg forløbet på pause, fordi jeg havde et andet tilbud i hånden.

    Det tilbud er ikke blevet til noget, så jeg er ikke længere bundet andre steder. Jeg er stadig meget interesseret i stillingen hos jer, så hvis den fortsat er ledig, vil jeg rigtig gerne fortsætte, hvor vi slap.

    Jeg stiller gerne op til en samtale, når det passer jer, og ring endelig, hvis det er nemmere. Jeg sender også gerne opdaterede oplysninger, hvis I har brug for det.

    Tak for forståelsen – jeg glæder mig til at høre fra dig.

    { $channel ->
        [linkedin] Venlig hilsen
        [wechat] Venlig hilsen
       *[email] Med venlig hilsen
    }
    { $sender_name }
    { $phone }

field-contact = Kontaktperson
    .hint = Fornavnet på den person, du senest har talt med – sådan som du vil skrive det efter »Kære« eller »Hej«.
    .example = Anna
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i jobopslaget.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden, hvor du satte forløbet på pause.
    .example = Nordlys A/S
field-channel = Hvor sender du beskeden?
    .hint = På LinkedIn og WeChat starter beskeden med »Hej«, på mail med »Kære«.
field-last_contact = Sidste kontakt
    .hint = Den dag, du sidst talte eller skrev med virksomheden.
    .example = 12. oktober 2026
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
field-phone = Telefonnummer
    .hint = Står på en linje for sig under dit navn, så de kan ringe til dig. Lad feltet stå tomt, hvis du ikke vil have det med.
    .example = 12 34 56 78

choice-channel-email = Mail
choice-channel-linkedin = LinkedIn
choice-channel-wechat = WeChat
