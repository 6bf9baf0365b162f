import Foundation
import ShortlistCore

/// Name pools of the western, southern and northern member states.
extension DemoNamePool {
    static let italian = DemoNamePool(
        language: "it",
        female:
            """
            Giulia|Francesca|Chiara|Sara|Martina|Valentina|Alessandra|Federica|Elena|Silvia|Laura
            Paola|Giorgia|Beatrice|Ilaria|Roberta|Serena|Caterina|Noemi|Anna Maria
            """,
        male:
            """
            Marco|Giuseppe|Luca|Alessandro|Andrea|Francesco|Matteo|Lorenzo|Davide|Simone|Stefano
            Riccardo|Niccolò|Gianluca|Pierpaolo|Tommaso|Emanuele|Salvatore|Giovanni|Fabrizio
            """,
        surnames:
            """
            Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti
            De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani
            Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|D'Angelo|D'Amico|Dall'Ò
            Dell'Acqua|D'Alessandro|Lo Russo|Di Stefano|Fabbri
            """,
        secondGivenPerMille: 40)

    static let spanish = DemoNamePool(
        language: "es",
        female:
            """
            Carmen|María José|Lucía|Laura|Marta|Elena|Paula|Cristina|Nuria|Begoña|Ainhoa|Irene|Alba
            Rocío|Pilar|Montserrat|Inmaculada|Sofía|Nerea|Itziar
            """,
        male:
            """
            Javier|José Luis|Sergio|Pablo|Alejandro|David|Daniel|Íñigo|Jorge|Álvaro|Manuel|Antonio
            Carlos|Miguel Ángel|Rubén|Adrián|Joan|Jordi|Asier|Óscar
            """,
        surnames:
            """
            García|López|Martínez|Sánchez|González|Rodríguez|Fernández|Pérez|Gómez|Martín|Jiménez
            Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Navarro|Torres|Domínguez|Gil|Vázquez
            Serrano|Ramos|Blanco|Castro|Ortiz|Rubio|Sanz|Ibáñez|Peña|Etxeberria|Puig
            Pérez de la Fuente|Martín del Río|Fernández de Córdoba|Ruiz de Azúa|Sáenz de Buruaga
            """,
        style: .iberian, secondGivenPerMille: 120)

    static let portuguese = DemoNamePool(
        language: "pt",
        female:
            """
            Ana|Maria|Inês|Beatriz|Mariana|Joana|Catarina|Sofia|Rita|Leonor|Marta|Filipa|Teresa
            Patrícia|Carolina|Margarida|Conceição|Helena
            """,
        male:
            """
            João|Pedro|Tiago|Rui|Miguel|Nuno|Diogo|Gonçalo|André|Ricardo|Luís|Bruno|Duarte|Francisco
            Rodrigo|Vasco|Sérgio|Hélio
            """,
        surnames:
            """
            Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes
            Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira
            Correia|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|Costa e Silva|Sá Carneiro
            Magalhães|Brandão
            """,
        style: .iberian, secondGivenPerMille: 350)

    static let french = DemoNamePool(
        language: "fr",
        female:
            """
            Camille|Chloé|Léa|Manon|Émilie|Claire|Marie-Claire|Anne-Sophie|Julie|Céline|Sophie
            Hélène|Mathilde|Élodie|Agnès|Nathalie|Océane|Margaux|Solène|Inès
            """,
        male:
            """
            Nicolas|Jean-Pierre|Thibault|Théo|Julien|Mathieu|Antoine|Guillaume|Pierre-Yves|François
            Sébastien|Olivier|Benoît|Loïc|Jérôme|Hugo|Maxime|Étienne|Rémi|Yannick
            """,
        surnames:
            """
            Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent
            Lefèvre|Michel|Garnier|Faure|Rousseau|Blanc|Guérin|Girard|Bonnet|Mercier|Fournier
            Chevalier|Lambert|Perrin|Le Gall|Le Goff|L'Hermite|D'Arcy|N'Diaye|Bénard|Poirier
            Lemaître|Barbier|Besançon
            """,
        secondGivenPerMille: 30)

    static let belgianDutch = DemoNamePool(
        language: "nl",
        female:
            """
            Lotte|Femke|Sofie|Ellen|Lien|Els|Hanne|Ine|Katrien|Annelies|Marieke|Nele|Eline|Jolien
            Griet|Leen|Saskia|An
            """,
        male:
            """
            Pieter|Wouter|Jeroen|Bart|Stijn|Koen|Tom|Joris|Thomas|Maarten|Dries|Ruben|Jens|Sander
            Jan|Lieven|Bram|Pieterjan
            """,
        surnames:
            """
            Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois
            Vermeulen|Van den Broeck|Van Damme|Aerts|De Clercq|Hermans|Pauwels|Van de Velde
            Verhoeven|Declercq|Desmet|Van Acker|Coppens|Segers|Lemmens|Verbruggen|Van Hoof|D'Hondt
            Vandenberghe
            """,
        secondGivenPerMille: 20)

    static let belgianFrench = DemoNamePool(
        language: "fr",
        female:
            """
            Hélène|Amélie|Charlotte|Pauline|Aurélie|Marie|Justine|Laurence|Delphine|Caroline|Sarah
            Valérie|Noémie|Louise|Gaëlle|Isabelle
            """,
        male:
            """
            Thibault|Benoît|Arnaud|Jean-François|Olivier|Maxime|Quentin|Grégory|Cédric|Damien|Xavier
            Frédéric|Gilles|Martin|Jonathan|Renaud
            """,
        surnames:
            """
            Dubois|Lambert|Dupont|Martin|Simon|Laurent|Leclercq|Renard|Dumont|Lejeune|François
            Lemaire|Collard|Fontaine|Henry|Denis|Gilson|Masson|Jacquet|Delvaux|Mathieu|Wathelet
            Dethier|Defays|Piron|Noël|Remacle|D'Ieteren
            """,
        secondGivenPerMille: 40)

    static let dutch = DemoNamePool(
        language: "nl",
        female:
            """
            Anne|Sanne|Lisa|Femke|Eva|Iris|Marloes|Lieke|Fleur|Esther|Ingrid|Mirjam|Noor|Roos|Joke
            Marieke|Wendy|Anouk
            """,
        male:
            """
            Jan|Pieter|Bas|Daan|Thijs|Joost|Ruud|Sjoerd|Niels|Maarten|Wouter|Jeroen|Gijs|Hendrik
            Willem|Tim|Lars|Koen
            """,
        surnames:
            """
            de Jong|Jansen|de Vries|van den Berg|van der Berg|van Dijk|Bakker|Janssen|Visser|Smit
            Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit
            Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen
            van den Heuvel|van der Veen|Huisman|'t Hart
            """,
        secondGivenPerMille: 30)

    static let german = DemoNamePool(
        language: "de",
        female:
            """
            Anna|Julia|Laura|Lena|Katharina|Johanna|Sophie|Miriam|Franziska|Jana|Sabine|Claudia
            Friederike|Anke|Jördis|Charlotte|Theresa|Annika|Marlene|Anna-Lena
            """,
        male:
            """
            Lukas|Jonas|Maximilian|Felix|Tobias|Florian|Jan|Stefan|Thomas|Michael|Andreas|Matthias
            Jörg|Jürgen|Björn|Sören|Moritz|Till|Henrik|Hans-Peter
            """,
        surnames:
            """
            Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch
            Bauer|Richter|Klein|Wolf|Schröder|Neumann|Zimmermann|Krüger|Hartmann|Lange|Köhler|König
            Kaiser|Fuchs|Jäger|Weiß|Groß|Strauß|Meißner|Nußbaum|Voß|Rößler|von Bülow|Lindemann
            Brandt|Engel
            """,
        secondGivenPerMille: 90)

    static let austrian = DemoNamePool(
        language: "de",
        female:
            """
            Katharina|Lisa|Theresa|Magdalena|Verena|Christina|Barbara|Elisabeth|Johanna|Sophie
            Viktoria|Bettina|Ursula|Valentina|Hannah|Marlies
            """,
        male:
            """
            Lukas|Florian|Markus|Christoph|Stefan|Bernhard|Philipp|Wolfgang|Alexander|Dominik|Georg
            Raphael|Herbert|Matthias|Fabian|Sebastian
            """,
        surnames:
            """
            Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs|Eder
            Fischer|Schmid|Winkler|Weber|Schwarz|Maier|Reiter|Mayr|Brunner|Baumgartner|Auer|Binder
            Lechner|Wallner|Aigner|Strauß|Weißenböck|Grünwald|Öttl
            """,
        secondGivenPerMille: 60)

    static let luxembourgish = DemoNamePool(
        language: "lb",
        female:
            """
            Anne|Claire|Laura|Sandra|Tessy|Martine|Carole|Nathalie|Isabelle|Sophie|Joëlle|Lynn
            Michèle|Véronique|Paule
            """,
        male:
            """
            Marc|Luc|Pit|Jean|Georges|Paul|Tom|Gilles|Laurent|Yves|Claude|Jeff|Serge|Ben|Romain
            """,
        surnames:
            """
            Schmit|Muller|Weber|Wagner|Hoffmann|Thill|Reuter|Kieffer|Schroeder|Hansen|Kremer|Faber
            Schiltz|Klein|Meyer|Becker|Majerus|Weis|Theis|Welter|Hilbert|Kayser|Feltgen|Reding
            Goerens
            """,
        secondGivenPerMille: 50)

    static let irish = DemoNamePool(
        language: "en",
        female:
            """
            Caoimhe|Siobhán|Aoife|Niamh|Saoirse|Órla|Sinéad|Ciara|Gráinne|Róisín|Clodagh|Méabh
            Aisling|Éabha|Sadhbh|Emma|Sarah|Mary|Deirdre
            """,
        male:
            """
            Seán|Pádraig|Cian|Oisín|Ciarán|Eoin|Darragh|Liam|Conor|Dónal|Fionn|Tadhg|Colm|Diarmuid
            Cathal|Rónán|Declan|Niall|Brian
            """,
        surnames:
            """
            Murphy|Kelly|Walsh|Byrne|Ryan|O'Brien|O'Neill|O'Sullivan|O'Connor|Doyle|McCarthy
            Gallagher|Kennedy|Lynch|Quinn|McLoughlin|Connolly|Brennan|Fitzgerald
            Ó Súilleabháin/Ní Shúilleabháin|Mac Giolla Phádraig/Nic Giolla Phádraig
            Ó Briain/Ní Bhriain|Ó Ceallaigh/Ní Cheallaigh|Mac Cárthaigh/Nic Cárthaigh
            Ó Dónaill/Ní Dhónaill|Mac Aodha/Nic Aodha|Ó Murchú/Ní Mhurchú
            """,
        secondGivenPerMille: 30)

    static let maltese = DemoNamePool(
        language: "mt",
        female:
            """
            Maria|Rebekah|Francesca|Marija|Ġorġina|Rita|Doreen|Antonella|Kristina|Roberta|Graziella
            Charmaine|Nicole|Ċetta|Daniela
            """,
        male:
            """
            Ġużeppi|Ġorġ|Pawlu|Mattew|Kurt|Ryan|Mark|Andrea|Luke|Ċensu|Jean Paul|Karl|Ivan|Matthias
            Neil
            """,
        surnames:
            """
            Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Micallef|Grech|Attard|Spiteri|Azzopardi
            Mifsud|Agius|Cassar|Caruana|Sammut|Fenech|Debono|Xuereb|Abela|Buħagiar|Żammit|Ċachia
            Schembri|Pace|Muscat|Bonnici
            """,
        secondGivenPerMille: 40)

    static let danish = DemoNamePool(
        language: "da",
        female:
            """
            Louise|Mette|Anne|Camilla|Signe|Sofie|Maja|Ida|Freja|Line|Marianne|Birgitte|Søs|Astrid
            Kirsten|Karen
            """,
        male:
            """
            Mads|Rasmus|Søren|Jens|Anders|Mikkel|Frederik|Niels|Kasper|Jesper|Lars|Thomas|Bjørn
            Asger|Emil|Magnus
            """,
        surnames:
            """
            Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen
            Petersen|Madsen|Kristensen|Olsen|Thomsen|Christiansen|Poulsen|Johansen|Møller|Mortensen
            Bækgaard|Kjærgaard|Østergaard|Dalgaard|Frandsen|Skovgaard|Højer
            """,
        secondGivenPerMille: 80)

    static let swedish = DemoNamePool(
        language: "sv",
        female:
            """
            Anna|Emma|Sara|Maja|Elin|Johanna|Karin|Lina|Ingrid|Linnéa|Åsa|Malin|Frida|Hanna|Sofia
            Ebba
            """,
        male:
            """
            Erik|Lars|Karl|Johan|Anders|Per|Mikael|Oskar|Gustav|Henrik|Björn|Fredrik|Nils|Olof
            Viktor|Axel
            """,
        surnames:
            """
            Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson
            Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Lindberg|Lindqvist|Lindström|Åkesson|Öberg
            Söderberg|Sjöberg|Bergström|Holmgren|Wallin|Engström|Lundqvist
            """,
        secondGivenPerMille: 120)

    static let finnish = DemoNamePool(
        language: "fi",
        female:
            """
            Aino|Helmi|Anni|Johanna|Laura|Katja|Sanna|Päivi|Riikka|Tiina|Hanna|Minna|Elina|Satu|Outi
            Venla|Iida|Saara
            """,
        male:
            """
            Mikko|Juha|Jukka|Antti|Timo|Matti|Pekka|Ville|Janne|Sami|Heikki|Jussi|Teemu|Olli|Väinö
            Eero|Tuomas|Lauri
            """,
        surnames:
            """
            Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen
            Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Heikkilä|Kinnunen|Salonen|Turunen
            Salo|Laitinen|Tuominen|Rantanen|Karjalainen|Jokinen|Mattila|Savolainen|Lahtinen|Ahonen
            """,
        secondGivenPerMille: 150)
}
