# source_hash: 44aa4d9be887b7aa
title = Tak for forløbet
slug = tak-for-forloebet
description = En kort, personlig tak, som du sender, efter at du har takket nej til et jobtilbud. Den viser, at du satte pris på deres tid, og gør det naturligt at holde kontakten – på mail, LinkedIn eller WeChat.
subject = Tak for et godt forløb hos { $company }
body =
    Kære { $contact }

    Selvom jeg endte med at takke nej til stillingen som { $position }, vil jeg gerne sige tak for et rigtig godt forløb hos { $company }. Tak, fordi I overvejede mig, og fordi I tog jer tid til at tale med mig. { $highlight }

    Jeg har fået et meget positivt indtryk af jer, og beslutningen var bestemt ikke let. Jeg vil meget gerne holde kontakten. { $channel ->
        [linkedin] Jeg sender dig en invitation på LinkedIn – så håber jeg, at vores veje krydses igen.
        [wechat] Jeg sender dig en kontaktanmodning på WeChat – så håber jeg, at vores veje krydses igen.
       *[email] Du er altid velkommen til at skrive til mig her på mailen – og jeg håber, at vores veje krydses igen.
    }

    Med venlig hilsen
    { $sender_name }

field-contact = Kontaktperson
    .hint = Fornavnet på den person, du har haft kontakt med – sådan som du vil skrive det efter »Kære«.
    .example = Anna
field-position = Stilling
    .hint = Stillingsbetegnelsen, som den stod i tilbuddet.
    .example = projektleder
field-company = Virksomhed
    .hint = Navnet på virksomheden.
    .example = Nordlys A/S
field-highlight = Det satte du især pris på
    .hint = Skriv en eller to hele sætninger – de kommer med i første afsnit.
    .example = Jeg satte især pris på den åbne snak med teamet om, hvordan I arbejder.
field-channel = Hvordan vil du holde kontakten?
    .hint = Vælg, hvordan du foreslår, at I holder forbindelsen.
choice-channel-email = Mail
choice-channel-linkedin = LinkedIn
choice-channel-wechat = WeChat
field-sender_name = Dit navn
    .hint = Sådan som du vil skrive under.
    .example = Mads Nielsen
