# source_hash: 585ff37ff57b4695
title = Zusage zurückziehen
slug = zusage-zurueckziehen
description = Für den schwierigen Fall, dass Sie ein Angebot angenommen oder den Arbeitsvertrag sogar unterschrieben haben und die Stelle doch nicht antreten können. Rufen Sie möglichst vorher an. Nach der Unterschrift wird aus dem Brief eine Kündigung vor Dienstantritt mit dem Angebot eines Aufhebungsvertrags. Per E-Mail ist eine Kündigung unwirksam (§ 623 BGB): Drucken Sie den Brief aus, unterschreiben Sie ihn und schicken Sie ihn per Einwurf-Einschreiben.
subject = { $stage ->
        [signed] Kündigung meines Arbeitsvertrags vor Dienstantritt – Position als { $position }
       *[accepted] Rücknahme meiner Zusage für die Position als { $position }
    }
body =
    { $addressee ->
        [woman] Sehr geehrte Frau { $contact },
        [man] Sehr geehrter Herr { $contact },
       *[neutral] Guten Tag { $contact },
    }

    { $phoned ->
        [yes] wie in unserem Telefonat besprochen, bestätige ich Ihnen meine Entscheidung hiermit schriftlich.
       *[no] diese Nachricht fällt mir nicht leicht, und ich hätte sie Ihnen lieber persönlich überbracht.
    } { $stage ->
        [signed] Ich kündige den mit Ihnen geschlossenen Arbeitsvertrag über die Position als { $position } bei { $company } noch vor Dienstantritt, ordentlich und fristgerecht zum nächstmöglichen Termin. Maßgeblich ist die Kündigungsfrist aus unserem Vertrag, andernfalls die gesetzliche Frist nach § 622 BGB.

            Dieses Schreiben erhalten Sie mit meiner eigenhändigen Unterschrift per Einwurf-Einschreiben. Bitte bestätigen Sie mir kurz den Eingang und das Datum, zu dem der Vertrag endet.
       *[accepted] Ich muss meine Zusage für die Position als { $position } bei { $company } leider zurückziehen.
    }

    { $reason ->
        [other-offer] Ich habe ein weiteres Angebot erhalten und bin nach langem Abwägen zu dem Schluss gekommen, dass es mir die bessere berufliche Perspektive bietet. Das möchte ich Ihnen offen sagen.
        [family] Der Grund ist eine unerwartete familiäre Situation, die meine ganze Aufmerksamkeit verlangt und es mir derzeit unmöglich macht, eine neue Stelle anzutreten.
       *[personal] Ausschlaggebend sind persönliche Gründe, die sich erst nach meiner Zusage ergeben haben und nichts mit Ihnen oder Ihrem Unternehmen zu tun haben.
    }

    Mir ist bewusst, dass Sie viel Zeit in das Auswahlverfahren investiert und fest mit mir geplant haben. Für die Umstände, die ich Ihnen damit bereite, bitte ich Sie aufrichtig um Entschuldigung.{ $stage ->
        [signed] { " " }Falls Ihnen eine einvernehmliche Lösung lieber ist, bin ich gern bereit, den Vertrag stattdessen durch einen Aufhebungsvertrag zu beenden, noch bevor das Arbeitsverhältnis beginnt.
       *[accepted] { "" }
    }

    { $referral ->
        [yes] Falls es Ihnen hilft: Ich kenne eine Person mit passendem Profil, die sich für die Stelle interessieren könnte, und stelle gern den Kontakt her.
       *[no] Wenn ich Ihnen die Nachbesetzung in irgendeiner Form erleichtern kann, sagen Sie es mir bitte.
    }

    { $phoned ->
        [yes] Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.
       *[no] Wenn Sie darüber sprechen möchten, rufe ich Sie gern an oder freue mich über Ihren Anruf.
    } Ich habe Sie und Ihr Team als sehr professionell erlebt und würde mich freuen, wenn sich unsere Wege zu einem späteren Zeitpunkt wieder kreuzen.

    Mit freundlichen Grüßen
    { $sender_name }
    { $phone }

field-contact = Ansprechperson
    .hint = Bei Frau oder Herr den Nachnamen, gegebenenfalls mit Titel (z. B. Dr. Schneider); bei neutraler Anrede Vor- und Nachnamen.
    .example = Schneider
field-addressee = Anrede
    .hint = Bestimmt die Begrüßungszeile des Briefs.
field-position = Position
    .hint = Die Stellenbezeichnung so, wie sie nach dem Wort „als“ stehen würde.
    .example = Projektmanagerin
field-company = Unternehmen
    .hint = Name des Unternehmens, am besten ohne Rechtsform und Artikel.
    .example = Nordlicht Software
field-phoned = Vorher telefoniert?
    .hint = Sagen Sie es am besten zuerst am Telefon; der Brief bestätigt es dann schriftlich.
field-stage = Stand
    .hint = Haben Sie nur zugesagt oder den Arbeitsvertrag schon unterschrieben? Auch eine Zusage ohne Unterschrift kann schon bindend sein; wer sichergehen will, wählt die Kündigung. Sieht Ihr Vertrag eine Vertragsstrafe vor oder schließt er eine Kündigung vor Arbeitsantritt aus, lassen Sie sich vorher beraten.
field-reason = Grund
    .hint = Nennen Sie den wahren Grund – kurz und ohne Einzelheiten.
field-referral = Jemanden empfehlen?
    .hint = Bieten Sie eine Empfehlung nur an, wenn Sie wirklich jemanden Passenden kennen.
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker
field-phone = Telefonnummer
    .hint = Steht in einer eigenen Zeile unter Ihrem Namen, damit man Sie zurückrufen kann. Leer lassen, wenn Sie keine angeben möchten.
    .example = 0170 1234567

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
choice-phoned-yes = Ja, wir haben telefoniert
choice-phoned-no = Nein, noch nicht
choice-stage-accepted = Nur zugesagt – Zusage zurückziehen
choice-stage-signed = Vertrag unterschrieben – Kündigung
choice-reason-other-offer = Anderes Angebot
choice-reason-family = Familiäre Gründe
choice-reason-personal = Persönliche Gründe
choice-referral-yes = Ja, ich kann jemanden empfehlen
choice-referral-no = Nein
