# source_hash: c2e5a67d972fc40f
title = Spørg, hvorfor tilbuddet blev trukket tilbage
slug = spoerg-om-begrundelsen
description = Har en virksomhed trukket et jobtilbud tilbage uden at forklare hvorfor? Med denne mail spørger du roligt og høfligt ind til grunden, så du kan lære af det i din videre jobsøgning.
subject = Spørgsmål om jobtilbuddet som { $position }
body =
    Kære { $contact }

    Tak for din besked om, at { $company } har trukket tilbuddet om stillingen som { $position } tilbage. Jeg fik tilbuddet den { $offer_date } og havde glædet mig meget til at komme i gang, så jeg vil ikke lægge skjul på, at jeg er skuffet.

    Jeg respekterer jeres beslutning, men jeg vil gerne forstå den. Vil du fortælle mig lidt om, hvad der lå til grund for den? Hvis det skyldes noget, jeg selv har gjort eller sagt undervejs, eller noget, der er kommet frem i referencerne, vil jeg meget gerne vide det, så jeg kan lære af det.

    Et par linjer på mail er helt fint, og jeg tager også gerne en kort snak i telefonen, hvis det passer dig bedre.

    Tak for den tid, du har brugt på mig i forløbet.

    Med venlig hilsen
    { $sender_name }

field-contact = Kontaktperson
    .hint = Fulde navn på den person, der gav dig beskeden.
    .example = Anna Jensen
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i tilbuddet.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden.
    .example = Nordlys A/S
field-offer_date = Dato for tilbuddet
    .hint = Den dag, du fik jobtilbuddet.
    .example = 3. november 2026
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
