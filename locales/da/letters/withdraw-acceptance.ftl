# source_hash: 1381e596f06f9479
title = Træk din accept tilbage
slug = traek-din-accept-tilbage
description = Til når du har takket ja til et job – eller skrevet under på kontrakten – og alligevel ikke kan tage det. Ring først, og send derefter denne mail som skriftlig bekræftelse. Den er ærlig, tager ansvar og kan tilbyde hjælp til at finde en anden kandidat.
subject = Stillingen som { $position } – jeg må desværre trække mig
body =
    Kære { $contact }

    Tak, fordi du tog dig tid til at tale med mig i telefonen. Som jeg fortalte, må jeg desværre trække mig fra stillingen som { $position } hos { $company }, { $stage ->
        [signed] selvom jeg allerede har skrevet under på kontrakten.
       *[accepted] selvom jeg allerede har takket ja.
    } Jeg er ked af, at beskeden kommer så sent.

    { $reason ->
        [other-offer] Jeg har fået et andet tilbud, som passer markant bedre til det, jeg gerne vil fremover, og efter grundig overvejelse har jeg valgt at tage imod det. Jeg vil hellere sige det, som det er, end finde på en pænere forklaring.
        [family] Der er opstået en akut situation i min familie, som gør, at jeg ikke kan starte som planlagt. Lige nu må familien komme først.
       *[personal] Det skyldes personlige forhold, som gør, at jeg ikke kan tage jobbet alligevel.
    }

    { $referral ->
        [yes] Jeg ved, at jeg efterlader jer med en ubesat stilling. Hvis det kan hjælpe, sætter jeg jer gerne i forbindelse med en person fra mit netværk, som jeg tror kunne passe godt til jobbet.
       *[no] Jeg ved, at jeg efterlader jer med en ubesat stilling, og det beklager jeg virkelig.
    }

    Tak for den tillid, I har vist mig. { $stage ->
        [signed] Sig endelig til, hvis der er noget omkring kontrakten, vi skal have på plads.
       *[accepted] Jeg håber, at I hurtigt finder den rette.
    } Jeg vil meget gerne holde kontakten og håber, at vores veje krydses igen.

    Med venlig hilsen
    { $sender_name }

field-contact = Kontaktperson
    .hint = Fulde navn på den person, du har talt med.
    .example = Anna Jensen
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i tilbuddet.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden.
    .example = Nordlys A/S
field-stage = Hvor langt er du nået?
    .hint = Har du kun sagt ja, eller har du også skrevet under på kontrakten?
choice-stage-accepted = Jeg har takket ja
choice-stage-signed = Jeg har skrevet under
field-reason = Begrundelse
    .hint = Vær ærlig – en kort og sand forklaring er bedre end en pæn undskyldning.
choice-reason-other-offer = Et andet jobtilbud
choice-reason-family = En situation i familien
choice-reason-personal = Personlige forhold
field-referral = Tilbyd at anbefale en anden kandidat
    .hint = Tilbyd det kun, hvis du kender en, du reelt kan anbefale.
choice-referral-yes = Ja, jeg kender en
choice-referral-no = Nej
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
