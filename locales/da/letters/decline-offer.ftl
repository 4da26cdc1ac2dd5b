# source_hash: 76ee6f47667de30f
title = Afslag på et jobtilbud
slug = afslag-paa-jobtilbud
description = Brug denne mail til at bekræfte på skrift, at du takker nej til et jobtilbud – helst efter at du har ringet og sagt det. Den er kort, venlig og tydelig og holder døren åben for fremtiden. Får du dagpenge, så tal med din a-kasse, før du siger nej: Et afslag på et job kan koste dig dagpenge.
subject = Svar på jobtilbuddet som { $position }
body =
    Kære { $contact }

    { $phoned ->
        [yes] Tak for snakken i telefonen. Som jeg fortalte, takker jeg nej til stillingen som { $position } hos { $company }, og det vil jeg gerne bekræfte her på skrift.
       *[no] Mange tak for tilbuddet om stillingen som { $position } hos { $company }. Jeg har tænkt det grundigt igennem og har besluttet at takke nej.
    } { $reason ->
        [other-offer] Jeg har valgt at tage imod et andet job, som passer bedre til mine planer lige nu.
        [salary] Det, der gjorde udslaget, var lønnen, som ligger et stykke under det, jeg havde forventet.
        [role-fit] Jeg er kommet frem til, at stillingen ikke helt matcher det, jeg søger i mit næste job.
        [personal] Beslutningen skyldes personlige forhold.
       *[unspecified] Det har ikke været en let beslutning.
    }

    Det har været en fornøjelse at lære dig og teamet at kende, og jeg sætter stor pris på den tid, I har brugt på mig i forløbet.

    Jeg håber, at vi kan holde kontakten, og ønsker jer held og lykke med at finde den rette til stillingen.

    Med venlig hilsen
    { $sender_name }

field-contact = Kontaktperson
    .hint = Fornavnet på den person, du har haft kontakt med – sådan som du vil skrive det efter »Kære«.
    .example = Anna
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i tilbuddet.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden, der har givet dig tilbuddet.
    .example = Nordlys A/S
field-phoned = Har I talt sammen i telefonen?
    .hint = Ring helst først – så bekræfter mailen det, I allerede har talt om.
choice-phoned-yes = Ja, jeg har ringet
choice-phoned-no = Nej, ikke endnu
field-reason = Begrundelse
    .hint = Du behøver ikke forklare dig. Vil du give en grund, så hold den kort. Er det kun lønnen, der står i vejen, så spørg, om der er plads til at forhandle, før du siger nej.
choice-reason-other-offer = Jeg har sagt ja til et andet job
choice-reason-salary = Lønnen er for lav
choice-reason-role-fit = Stillingen passer ikke helt til mig
choice-reason-personal = Personlige forhold
choice-reason-unspecified = Ingen begrundelse
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
