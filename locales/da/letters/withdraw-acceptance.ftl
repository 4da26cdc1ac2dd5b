# source_hash: 585ff37ff57b4695
title = Træk din accept tilbage
slug = traek-din-accept-tilbage
description = Til når du har takket ja til et job – eller skrevet under på kontrakten – og alligevel ikke kan tage det. Ring helst først, og send derefter denne mail som skriftlig bekræftelse. Den er ærlig, tager ansvar og kan tilbyde hjælp til at finde en anden kandidat. Har du skrevet under, bliver mailen til en opsigelse med et forslag om, at kontrakten bortfalder, før du starter. Får du dagpenge, så tal med din a-kasse, før du sender den.
subject = Stillingen som { $position } – jeg må desværre trække mig
body =
    Kære { $contact }

    { $phoned ->
        [yes] Tak, fordi du tog dig tid til at tale med mig i telefonen. Som jeg fortalte, må jeg desværre trække mig fra stillingen som { $position } hos { $company },
       *[no] Jeg må desværre fortælle dig, at jeg trækker mig fra stillingen som { $position } hos { $company },
    } { $stage ->
        [signed] selvom jeg allerede har skrevet under på kontrakten.
       *[accepted] selvom jeg allerede har takket ja.
    } Jeg er ked af, at beskeden kommer så sent.

    { $reason ->
        [other-offer] Jeg har fået et andet tilbud, som passer markant bedre til det, jeg gerne vil fremover, og efter grundig overvejelse har jeg valgt at tage imod det.
        [family] Der er opstået en akut situation i min familie, som gør, at jeg ikke kan starte som planlagt. Lige nu må familien komme først.
       *[personal] Det skyldes personlige forhold, som gør, at jeg ikke kan tage jobbet alligevel.
    }

    { $referral ->
        [yes] Jeg ved, at jeg efterlader jer med en ubesat stilling, og det beklager jeg. Hvis det kan hjælpe, sætter jeg jer gerne i forbindelse med en person fra mit netværk, som jeg tror kunne passe godt til jobbet.
       *[no] Jeg ved, at jeg efterlader jer med en ubesat stilling, og det beklager jeg virkelig.
    }

    { $stage ->
        [signed] Jeg opsiger derfor hermed min ansættelseskontrakt og foreslår, at vi aftaler, at den bortfalder, før jeg starter. Vil du bekræfte på mail, at du har modtaget min opsigelse, og lade mig vide, om I kan gå med til det? Sig også til, hvis der er andet med kontrakten, vi skal have på plads.
       *[accepted] Jeg håber, at I hurtigt finder den rette til stillingen. Sig endelig til, hvis jeg kan gøre noget for at lette det.
    }

    Tak for den tillid, I har vist mig. { $phoned ->
        [yes] Jeg vil meget gerne holde kontakten og håber, at vores veje krydses igen.
       *[no] Jeg havde helst sagt det til dig i telefonen, så ring endelig, hvis du vil tale om det. Jeg vil meget gerne holde kontakten og håber, at vores veje krydses igen.
    }

    Med venlig hilsen
    { $sender_name }
    { $phone }

field-contact = Kontaktperson
    .hint = Fornavnet på den person, du har talt med – sådan som du vil skrive det efter »Kære«.
    .example = Anna
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i tilbuddet.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden.
    .example = Nordlys A/S
field-phoned = Har I talt sammen i telefonen?
    .hint = Ring helst først – så bekræfter mailen det, I allerede har talt om.
choice-phoned-yes = Ja, jeg har ringet
choice-phoned-no = Nej, ikke endnu
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
field-phone = Telefonnummer
    .hint = Står på en linje for sig under dit navn, så de kan ringe til dig. Lad feltet stå tomt, hvis du ikke vil have det med.
    .example = 12 34 56 78
