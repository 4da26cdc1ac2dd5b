# source_hash: e773156f1633c11c
title = Sig ja alligevel
slug = sig-ja-alligevel
description = Har du takket nej til et jobtilbud og fortryder? Med denne mail spørger du ærligt, om stillingen stadig er ledig – og gør det let for virksomheden at sige nej. Sov på det i et døgn, før du sender den.
subject = Stillingen som { $position } – er den stadig ledig?
body =
    Kære { $contact }

    Den { $declined_on } takkede jeg nej til jeres tilbud om stillingen som { $position } hos { $company }. Det var en svær beslutning, og jeg har siden fortrudt den.

    { $change }

    Derfor vil jeg gerne høre, om stillingen stadig er ledig, og om I vil overveje mig igen. Jeg har tænkt det grundigt igennem, og siger I ja, tager jeg imod stillingen på de vilkår, I tilbød mig dengang, og står ved min beslutning denne gang. Jeg tager også gerne en snak i telefonen.

    Jeg har fuld forståelse for det, hvis I allerede er gået videre med en anden kandidat, eller hvis I ikke ønsker at tage sagen op igen. Så er det helt i orden – et kort svar er nok.

    Med venlig hilsen
    { $sender_name }
    { $phone }

field-contact = Kontaktperson
    .hint = Fornavnet på den ansættende leder eller rekruttereren – sådan som du vil skrive det efter »Kære«.
    .example = Anna
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i tilbuddet.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden.
    .example = Nordlys A/S
field-declined_on = Dato for dit afslag
    .hint = Den dag, du takkede nej til tilbuddet.
    .example = 10. november 2026
field-change = Hvad har ændret sig?
    .hint = Forklar kort og ærligt med dine egne ord, hvorfor du sagde nej, og hvad der har fået dig til at skifte mening.
    .example = Jeg sagde nej, fordi jeg var bekymret for den lange transporttid. Siden har vi fundet en løsning derhjemme, og jeg har indset, at det netop er stillingen hos jer, jeg gerne vil have.
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
field-phone = Telefonnummer
    .hint = Står på en linje for sig under dit navn, så de kan ringe til dig. Lad feltet stå tomt, hvis du ikke vil have det med.
    .example = 12 34 56 78
