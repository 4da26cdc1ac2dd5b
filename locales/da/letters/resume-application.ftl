# source_hash: f073df7ab8f1bd40
title = Genoptag en ansøgning
slug = genoptag-en-ansoegning
description = Satte du et andet ansættelsesforløb på pause, fordi du fik et tilbud, som siden er blevet trukket tilbage? Med denne mail fortæller du, at du stadig er interesseret, og spørger, om I kan fortsætte, hvor I slap.
subject = Stillingen som { $position } – jeg er stadig interesseret
body =
    Kære { $contact }

    Vi var sidst i kontakt den { $last_contact } om stillingen som { $position } hos { $company }. Dengang satte jeg forløbet på pause, fordi jeg havde et andet tilbud i hånden.

    Det tilbud er ikke blevet til noget, og jeg har ikke sagt ja til et andet job. Jeg er stadig meget interesseret i stillingen hos jer, så hvis den fortsat er ledig, vil jeg rigtig gerne fortsætte, hvor vi slap.

    Jeg stiller gerne op til en samtale, når det passer jer, og sender også gerne opdaterede oplysninger, hvis I har brug for det.

    Tak for forståelsen – jeg glæder mig til at høre fra dig.

    Med venlig hilsen
    { $sender_name }

field-contact = Kontaktperson
    .hint = Fulde navn på den person, du senest har talt med.
    .example = Anna Jensen
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i jobopslaget.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden, hvor du satte forløbet på pause.
    .example = Nordlys A/S
field-last_contact = Sidste kontakt
    .hint = Den dag, du sidst talte eller skrev med virksomheden.
    .example = 12. oktober 2026
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
