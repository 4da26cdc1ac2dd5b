# source_hash: 530b25bd154d5d11
title = Træk din ansøgning tilbage
slug = traek-din-ansoegning-tilbage
description = Til når du ikke længere ønsker jobbet og vil melde fra – før eller efter en samtale, på mail eller LinkedIn. Beskeden er kort og venlig, du kan tilføje en personlig sætning, og du vælger selv, om døren skal stå åben for senere. Får du dagpenge, så tal med din a-kasse, før du melder fra.
subject = Min ansøgning til stillingen som { $position }
body =
    { $channel ->
        [linkedin] Hej { $contact }
        [wechat] Hej { $contact }
       *[email] Kære { $contact }
    }

    { $stage ->
        [interviewed] Tak, fordi I tog jer tid til at møde mig i forbindelse med stillingen som { $position } hos { $company }.
       *[applied] Tak for jeres interesse for min ansøgning til stillingen som { $position } hos { $company }.
    } { $note }

    Jeg har tænkt det grundigt igennem og har besluttet at trække min ansøgning tilbage. Jeg vil hellere sige det nu end senere, så I kan bruge jeres tid på de andre kandidater.

    { $future ->
        [open] Jeg har fået et rigtig godt indtryk af jer og vil meget gerne holde kontakten. Hvis der senere dukker en stilling op, som passer bedre til min profil, hører jeg gerne fra dig.
       *[closed] Tak for et venligt og professionelt forløb og for den tid, I har brugt på min ansøgning.
    }

    Held og lykke med at finde den rette til stillingen.

    { $channel ->
        [linkedin] Venlig hilsen
        [wechat] Venlig hilsen
       *[email] Med venlig hilsen
    }
    { $sender_name }

field-contact = Kontaktperson
    .hint = Fornavnet på den ansættende leder eller rekruttereren – sådan som du vil skrive det efter »Kære« eller »Hej«.
    .example = Anna
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i jobopslaget.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden.
    .example = Nordlys A/S
field-channel = Hvor sender du beskeden?
    .hint = På LinkedIn og WeChat starter beskeden med »Hej«, på mail med »Kære«.
field-stage = Hvor langt er du nået?
    .hint = Har du kun sendt en ansøgning, eller har du også været til samtale?
choice-stage-applied = Jeg har sendt en ansøgning
choice-stage-interviewed = Jeg har været til samtale
field-future = Vil du holde døren åben?
    .hint = Vælg ja, hvis du kan forestille dig at søge job hos dem senere.
choice-future-open = Ja, hold døren åben
choice-future-closed = Nej, bare en kort afmelding
field-note = En personlig sætning
    .hint = En eller to hele sætninger, fx om en samtale, du husker særligt godt. De kommer med i første afsnit.
    .example = Jeg satte især pris på snakken med Jonas om jeres nye kundeplatform.
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen

choice-channel-email = Mail
choice-channel-linkedin = LinkedIn
choice-channel-wechat = WeChat
