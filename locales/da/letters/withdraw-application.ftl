# source_hash: 8962d2f7fff7691f
title = Træk din ansøgning tilbage
slug = traek-din-ansoegning-tilbage
description = Til når du ikke længere ønsker jobbet og vil melde fra – før eller efter en samtale. Mailen er kort og venlig, og du vælger selv, om døren skal stå åben for senere.
subject = Min ansøgning til stillingen som { $position }
body =
    Kære { $contact }

    { $stage ->
        [interviewed] Tak for de gode samtaler om stillingen som { $position } hos { $company }, og tak til alle, der har brugt tid på at møde mig.
       *[applied] Tak for jeres interesse for min ansøgning til stillingen som { $position } hos { $company }.
    } Jeg har tænkt det grundigt igennem og har besluttet at trække min ansøgning tilbage. Jeg vil hellere sige det nu end senere, så I kan bruge jeres tid på de andre kandidater.

    { $future ->
        [open] Jeg har fået et rigtig godt indtryk af jer og vil meget gerne holde kontakten. Hvis der senere dukker en stilling op, som passer bedre til min profil, hører jeg gerne fra dig.
       *[closed] Tak for et venligt og professionelt forløb og for den tid, I har brugt på min ansøgning.
    }

    Held og lykke med at finde den rette til stillingen.

    Med venlig hilsen
    { $sender_name }

field-contact = Kontaktperson
    .hint = Fulde navn på den ansættende leder eller rekruttereren.
    .example = Anna Jensen
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i jobopslaget.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden.
    .example = Nordlys A/S
field-stage = Hvor langt er du nået?
    .hint = Har du kun sendt en ansøgning, eller har du også været til samtale?
choice-stage-applied = Jeg har sendt en ansøgning
choice-stage-interviewed = Jeg har været til samtale
field-future = Vil du holde døren åben?
    .hint = Vælg ja, hvis du kan forestille dig at søge job hos dem senere.
choice-future-open = Ja, hold døren åben
choice-future-closed = Nej, bare en kort afmelding
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
