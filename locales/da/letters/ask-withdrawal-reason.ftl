# source_hash: b4c89b2f4dde8914
title = Spørg, hvorfor tilbuddet blev trukket tilbage
slug = spoerg-om-begrundelsen
description = Har en virksomhed trukket et jobtilbud tilbage uden at forklare hvorfor? Med denne mail spørger du roligt og høfligt ind til grunden, så du kan lære af det i din videre jobsøgning.
subject = Spørgsmål om jobtilbuddet som { $position }
body =
    Kære { $contact }

    Tak for din besked om, at { $company } har trukket tilbuddet om stillingen som { $position } tilbage. Jeg fik tilbuddet den { $offer_date } og havde glædet mig meget til at komme i gang, så jeg vil ikke lægge skjul på, at jeg er skuffet.

    Jeg respekterer jeres beslutning, men jeg vil gerne forstå den. Vil du fortælle mig lidt om, hvad der lå til grund for den? Hvis det skyldes noget, der er kommet frem i referencerne, vil jeg gerne vide, hvad det var, så jeg kan forholde mig til det og lære af det.

    Et par linjer på mail er helt fint, og jeg tager også gerne en kort snak i telefonen, hvis det passer dig bedre.

    Tak for den tid, du har brugt på mig i forløbet.

    Med venlig hilsen
    { $sender_name }
    { $phone }

field-contact = Kontaktperson
    .hint = Fornavnet på den person, der gav dig beskeden – sådan som du vil skrive det efter »Kære«.
    .example = Anna
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
field-phone = Telefonnummer
    .hint = Står på en linje for sig under dit navn, så de kan ringe til dig. Lad feltet stå tomt, hvis du ikke vil have det med.
    .example = 12 34 56 78
