# source_hash: b4c89b2f4dde8914
title = Nach dem Grund einer Rücknahme fragen
slug = nach-gruenden-fragen
description = Für den Fall, dass ein Unternehmen sein Angebot zurückgezogen hat, ohne Ihnen zu erklären, warum. Die E-Mail zeigt Ihre Enttäuschung in ruhigem Ton, respektiert die Entscheidung und bittet um eine ehrliche Rückmeldung, aus der Sie lernen können.
subject = Rücknahme Ihres Angebots für die Position als { $position }
body =
    { $addressee ->
        [woman] Sehr geehrte Frau { $contact },
        [man] Sehr geehrter Herr { $contact },
       *[neutral] Guten Tag { $contact },
    }

    vielen Dank für Ihre Nachricht. Dass Sie Ihr Angebot vom { $offer_date } für die Position als { $position } zurückziehen, hat mich überrascht, und ich möchte offen sein: Ich bin enttäuscht. Ich hatte mich sehr auf die Aufgabe und auf die Zusammenarbeit mit Ihrem Team bei { $company } gefreut.

    Ihre Entscheidung respektiere ich selbstverständlich. Damit ich für meine weiteren Bewerbungen daraus lernen kann, wäre ich Ihnen aber dankbar, wenn Sie mir die Gründe kurz erläutern könnten. Falls eine Referenzauskunft dabei eine Rolle gespielt hat, würde ich gern erfahren, worum es ging, um gegebenenfalls dazu Stellung nehmen zu können.

    Wenn Ihnen ein kurzes Telefonat lieber ist, rufe ich Sie gern an oder freue mich über Ihren Anruf.

    Herzlichen Dank, dass Sie sich dafür Zeit nehmen. Ihnen und Ihrem Team wünsche ich alles Gute.

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
field-offer_date = Datum des Angebots
    .hint = Wann Sie das Angebot erhalten haben.
    .example = 3. November 2026
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker
field-phone = Telefonnummer
    .hint = Steht in einer eigenen Zeile unter Ihrem Namen, damit man Sie zurückrufen kann. Leer lassen, wenn Sie keine angeben möchten.
    .example = 0170 1234567

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
