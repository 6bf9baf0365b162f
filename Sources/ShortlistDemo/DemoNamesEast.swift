import Foundation
import ShortlistCore

/// Name pools of the central, eastern, Baltic and Greek-speaking member states.
extension DemoNamePool {
    static let polish = DemoNamePool(
        language: "pl",
        female:
            """
            Anna|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Aleksandra|Zofia|Monika
            Dorota|Paulina|Justyna|Agata|Weronika|Żaneta|Jadwiga
            """,
        male:
            """
            Łukasz|Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Grzegorz|Jakub|Mateusz|Kamil|Wojciech
            Jędrzej|Przemysław|Bartłomiej|Maciej|Rafał|Szymon
            """,
        surnames:
            """
            Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kowalczyk|Kamiński/Kamińska
            Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak
            Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Mazur|Kwiatkowski/Kwiatkowska|Krawczyk|Kaczmarek
            Piotrowski/Piotrowska|Grabowski/Grabowska|Zając|Pawłowski/Pawłowska|Michalski/Michalska
            Król|Wieczorek|Jabłoński/Jabłońska|Wróbel|Stępień|Żółkiewski/Żółkiewska|Łukaszewicz
            Żurawski/Żurawska|Sokołowski/Sokołowska|Chmielewski/Chmielewska|Bąk|Włodarczyk|Kołodziej
            """,
        secondGivenPerMille: 30)

    static let czech = DemoNamePool(
        language: "cs",
        female:
            """
            Jana|Petra|Lucie|Tereza|Kateřina|Veronika|Markéta|Eva|Hana|Zuzana|Barbora|Michaela|Klára
            Šárka|Radka|Alžběta
            """,
        male:
            """
            Jan|Petr|Tomáš|Jiří|Martin|Pavel|Lukáš|Jakub|Ondřej|Vojtěch|Michal|Radek|Miroslav|Zdeněk
            Štěpán|Matěj
            """,
        surnames:
            """
            Novák/Nováková|Svoboda/Svobodová|Novotný/Novotná|Dvořák/Dvořáková|Černý/Černá
            Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Němec/Němcová
            Pospíšil/Pospíšilová|Pokorný/Pokorná|Hájek/Hájková|Král/Králová|Jelínek/Jelínková
            Růžička/Růžičková|Beneš/Benešová|Fiala/Fialová|Sedláček/Sedláčková|Doležal/Doležalová
            Zeman/Zemanová|Kolář/Kolářová|Navrátil/Navrátilová|Čermák/Čermáková|Vaněk/Vaňková
            Kříž/Křížová|Bartoš/Bartošová|Vlček/Vlčková|Štěpánek/Štěpánková|Holub/Holubová
            """,
        secondGivenPerMille: 10)

    static let slovak = DemoNamePool(
        language: "sk",
        female:
            """
            Zuzana|Katarína|Mária|Lucia|Veronika|Martina|Jana|Simona|Ľubica|Dominika|Petra|Eva|Ivana
            Andrea|Soňa
            """,
        male:
            """
            Matúš|Peter|Martin|Ján|Tomáš|Michal|Marek|Juraj|Ľubomír|Miroslav|Jozef|Dušan|Róbert
            Lukáš|Štefan
            """,
        surnames:
            """
            Horváth/Horváthová|Kováč/Kováčová|Varga/Vargová|Tóth/Tóthová|Nagy/Nagyová|Baláž/Balážová
            Szabó/Szabová|Molnár/Molnárová|Lukáč/Lukáčová|Kollár/Kollárová|Oravec/Oravcová
            Hudák/Hudáková|Šimko/Šimková|Gajdoš/Gajdošová|Krajčír/Krajčírová|Štefánik/Štefániková
            Ďurica/Ďuricová|Mikloš/Miklošová|Bielik/Bieliková|Kráľ/Kráľová|Sloboda/Slobodová
            Hrušovský/Hrušovská|Čierny/Čierna|Polák/Poláková
            """,
        secondGivenPerMille: 10)

    static let hungarian = DemoNamePool(
        language: "hu",
        female:
            """
            Anna|Zsófia|Eszter|Katalin|Réka|Dóra|Krisztina|Ildikó|Erzsébet|Zsuzsanna|Nóra|Lilla
            Boglárka|Orsolya|Judit|Tünde
            """,
        male:
            """
            László|István|Gábor|Zoltán|Péter|Attila|Balázs|Ádám|Dániel|Gergely|Tamás|Levente|Bence
            Márton|Csaba|Ödön
            """,
        surnames:
            """
            Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász
            Mészáros|Szilágyi|Török|Fehér|Szűcs|Pintér|Fodor|Hegedűs|Vörös|Szőke|Bognár|Gáspár
            Pásztor|Kelemen|Fülöp|Bíró|Győri|Lőrincz
            """,
        secondGivenPerMille: 40)

    static let romanian = DemoNamePool(
        language: "ro",
        female:
            """
            Andreea|Mădălina|Ioana|Elena|Alexandra|Cristina|Mihaela|Raluca|Roxana|Oana|Irina|Diana
            Bianca|Ștefania|Anca|Loredana
            """,
        male:
            """
            Ștefan|Andrei|Alexandru|Mihai|Ion|Gheorghe|Radu|Bogdan|Cătălin|Vlad|Răzvan|Florin|Tudor
            Dragoș|Marius|Ionuț
            """,
        surnames:
            """
            Popescu|Ionescu|Popa|Pop|Stoica|Constantinescu|Dumitrescu|Stan|Munteanu|Gheorghe|Matei
            Ciobanu|Rusu|Dumitru|Marin|Tudor|Dobre|Barbu|Nistor|Florea|Lungu|Moldovan|Dănilă|Sârbu
            Băluță|Oprea|Anghel|Ștefănescu|Țurcanu|Mureșan|Pătrașcu|Zăvoianu
            """,
        secondGivenPerMille: 60)

    static let bulgarian = DemoNamePool(
        .bulgarian, language: "bg",
        female:
            """
            Мария|Иванка|Елена|Десислава|Цветелина|Гергана|Радостина|Виктория|Теодора|Йоана|Милена
            Петя|Силвия|Борислава|Яна|Росица
            """,
        male:
            """
            Георги|Иван|Димитър|Николай|Петър|Христо|Стоян|Тодор|Васил|Александър|Мартин|Калоян
            Божидар|Веселин|Любомир|Явор
            """,
        surnames:
            """
            Иванов/Иванова|Георгиев/Георгиева|Димитров/Димитрова|Петров/Петрова|Николов/Николова
            Христов/Христова|Стоянов/Стоянова|Тодоров/Тодорова|Илиев/Илиева|Василев/Василева
            Атанасов/Атанасова|Петков/Петкова|Ангелов/Ангелова|Колев/Колева|Йорданов/Йорданова
            Маринов/Маринова|Стефанов/Стефанова|Михайлов/Михайлова|Кръстев/Кръстева|Костов/Костова
            Павлов/Павлова|Цветков/Цветкова|Златев/Златева|Шишков/Шишкова|Бойчев/Бойчева
            Щерев/Щерева
            """,
        secondGivenPerMille: 0)

    static let croatian = DemoNamePool(
        language: "hr",
        female:
            """
            Ana|Ivana|Marija|Petra|Lucija|Katarina|Maja|Martina|Nikolina|Mia|Lana|Dora|Ivona|Tena
            Željka
            """,
        male:
            """
            Ivan|Luka|Marko|Josip|Ante|Tomislav|Mateo|Filip|Dario|Krešimir|Stjepan|Domagoj|Hrvoje
            Zvonimir|Damir
            """,
        surnames:
            """
            Horvat|Kovačević|Babić|Marić|Jurić|Novak|Kovačić|Knežević|Vuković|Marković|Petrović
            Matić|Tomić|Pavlović|Božić|Blažević|Grgić|Pavić|Radić|Perić|Šarić|Lovrić|Vidović|Bošnjak
            Đurić|Žužul|Čačić|Đaković
            """,
        secondGivenPerMille: 10)

    static let slovenian = DemoNamePool(
        language: "sl",
        female:
            """
            Maja|Ana|Nina|Eva|Špela|Tjaša|Urška|Mojca|Petra|Nataša|Katja|Tina|Barbara|Manca|Anja
            Živa
            """,
        male:
            """
            Matej|Luka|Jure|Gregor|Rok|Žiga|Anže|Blaž|Primož|Tadej|Jan|Boštjan|Andraž|Matevž|Uroš
            Domen
            """,
        surnames:
            """
            Novak|Horvat|Kovačič|Krajnc|Zupančič|Potočnik|Kovač|Mlakar|Kos|Vidmar|Golob|Turk|Božič
            Kralj|Zupan|Bizjak|Hribar|Korošec|Rozman|Kotnik|Oblak|Kastelic|Žagar|Košir|Koren
            Klemenčič|Žnidaršič|Jereb
            """,
        secondGivenPerMille: 10)

    static let lithuanian = DemoNamePool(
        language: "lt",
        female:
            """
            Ieva|Gabija|Rūta|Eglė|Justina|Aistė|Monika|Greta|Indrė|Agnė|Lina|Rasa|Viktorija|Gintarė
            Simona|Austėja
            """,
        male:
            """
            Mantas|Tomas|Lukas|Jonas|Darius|Paulius|Andrius|Vytautas|Karolis|Mindaugas|Tadas|Dovydas
            Giedrius|Žygimantas|Rokas|Arnas
            """,
        surnames:
            """
            Kazlauskas/Kazlauskienė|Petrauskas/Petrauskaitė|Jankauskas/Jankauskienė
            Stankevičius/Stankevičienė|Vasiliauskas/Vasiliauskaitė|Žukauskas/Žukauskienė
            Butkus/Butkutė|Paulauskas/Paulauskienė|Urbonas/Urbonienė|Kavaliauskas/Kavaliauskaitė
            Navickas/Navickienė|Ramanauskas/Ramanauskaitė|Rimkus/Rimkutė|Sakalauskas/Sakalauskienė
            Mockus/Mockutė|Žilinskas/Žilinskaitė|Adomaitis/Adomaitytė|Valaitis/Valaitienė
            Šimkus/Šimkutė|Kairys/Kairytė|Jonaitis/Jonaitienė|Vaitkus/Vaitkutė
            Černiauskas/Černiauskaitė|Lukoševičius/Lukoševičiūtė
            """,
        secondGivenPerMille: 10)

    static let latvian = DemoNamePool(
        language: "lv",
        female:
            """
            Kristīne|Anna|Līga|Ilze|Inese|Laura|Elīna|Zane|Dace|Sanita|Agnese|Baiba|Evija|Madara
            Marta|Ieva
            """,
        male:
            """
            Jānis|Andris|Mārtiņš|Kārlis|Edgars|Raivis|Rihards|Artūrs|Roberts|Gints|Uldis|Aivars
            Māris|Kristaps|Valdis|Ģirts
            """,
        surnames:
            """
            Bērziņš/Bērziņa|Kalniņš/Kalniņa|Ozols/Ozola|Jansons/Jansone|Liepiņš/Liepiņa
            Krūmiņš/Krūmiņa|Zariņš/Zariņa|Kļaviņš/Kļaviņa|Vītols/Vītola|Pētersons/Pētersone
            Eglītis/Eglīte|Lācis/Lāce|Balodis/Balode|Siliņš/Siliņa|Grīnbergs/Grīnberga|Ābols/Ābola
            Rozītis/Rozīte|Kalējs/Kalēja|Freimanis/Freimane|Strazdiņš/Strazdiņa|Āboliņš/Āboliņa
            Ziediņš/Ziediņa
            """,
        secondGivenPerMille: 10)

    static let estonian = DemoNamePool(
        language: "et",
        female:
            """
            Mari|Triin|Kadri|Liis|Kristi|Maarja|Piret|Kätlin|Tiina|Helen|Anu|Merike|Grete|Kärt|Siiri
            Õie
            """,
        male:
            """
            Märt|Andres|Tõnu|Jaan|Peeter|Rein|Toomas|Margus|Priit|Indrek|Kristjan|Tanel|Rasmus|Siim
            Ülo|Jüri
            """,
        surnames:
            """
            Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves|Pärn|Koppel|Lepik|Kuusk|Karu|Lõhmus|Põder
            Vaher|Kallas|Raud|Org|Kõiv|Mets|Teder|Luik|Oja|Järv|Väli|Kütt|Aavik|Ots|Sõmer
            """,
        secondGivenPerMille: 20)

    /// Russian-speaking residents of Estonia and Latvia, as their EU passports spell them.
    static let balticRussian = DemoNamePool(
        language: "ru",
        female: """
            Jelena|Olga|Tatjana|Natalja|Irina|Svetlana|Anastassia|Julia|Jekaterina|Ksenija|Marina
            Darja
            """,
        male: """
            Sergei|Aleksandr|Dmitri|Andrei|Vladimir|Igor|Maksim|Nikolai|Artjom|Jevgeni|Pavel
            Konstantin
            """,
        surnames:
            """
            Ivanov/Ivanova|Smirnov/Smirnova|Kuznetsov/Kuznetsova|Popov/Popova|Vassiljev/Vassiljeva
            Petrov/Petrova|Sokolov/Sokolova|Mihhailov/Mihhailova|Fjodorov/Fjodorova|Volkov/Volkova
            Morozov/Morozova|Semjonov/Semjonova|Jegorov/Jegorova|Orlov/Orlova|Nikitin/Nikitina
            """,
        secondGivenPerMille: 0)

    static let greek = DemoNamePool(
        .greek, language: "el",
        female:
            """
            Μαρία|Ελένη|Αικατερίνη|Βασιλική|Σοφία|Αγγελική|Δήμητρα|Γεωργία|Ευαγγελία|Ιωάννα|Χριστίνα
            Παναγιώτα|Κωνσταντίνα|Ειρήνη|Αναστασία|Δέσποινα|Φωτεινή|Χρυσάνθη
            """,
        male:
            """
            Γιώργος|Ιωάννης|Κωνσταντίνος|Δημήτρης|Νικόλαος|Παναγιώτης|Βασίλης|Χρήστος|Αθανάσιος
            Μιχάλης|Ευάγγελος|Σπύρος|Αλέξανδρος|Θεόδωρος|Στέφανος|Άγγελος|Ηλίας|Αντώνης
            """,
        surnames:
            """
            Παπαδόπουλος/Παπαδοπούλου|Οικονόμου|Γεωργίου|Νικολάου|Παπαδάκης/Παπαδάκη|Βασιλείου
            Ιωάννου|Κωνσταντίνου|Δημητρίου|Αντωνίου|Χατζηδάκης/Χατζηδάκη|Παπανικολάου
            Μαυρίδης/Μαυρίδου|Αλεξίου|Τσακίρης/Τσακίρη|Καραγιάννης/Καραγιάννη|Παππάς/Παππά
            Μακρής/Μακρή|Αθανασίου|Οικονομίδης/Οικονομίδου|Σταθόπουλος/Σταθοπούλου
            Κωστόπουλος/Κωστοπούλου|Αναγνώστου|Μιχαηλίδης/Μιχαηλίδου|Γεωργιάδης/Γεωργιάδου
            Λαμπράκης/Λαμπράκη|Σπυρόπουλος/Σπυροπούλου|Κατσαρός/Κατσαρού|Φραγκιαδάκης/Φραγκιαδάκη
            Μπακογιάννης/Μπακογιάννη|Ντόκος/Ντόκου
            """,
        secondGivenPerMille: 90)

    static let cypriot = DemoNamePool(
        .greek, language: "el",
        female:
            """
            Ελένη|Μαρία|Άντρη|Χρυστάλλα|Στέλλα|Παναγιώτα|Δέσποινα|Γεωργία|Ραφαέλα|Κατερίνα|Έλενα
            Μυροφόρα|Ευτυχία|Σωτηρούλα
            """,
        male:
            """
            Ανδρέας|Χαράλαμπος|Κυριάκος|Σάββας|Μάριος|Λοΐζος|Παναγιώτης|Γιώργος|Νεόφυτος|Χρίστος
            Κώστας|Σωτήρης|Πέτρος|Μιχάλης
            """,
        surnames:
            """
            Γεωργίου|Χριστοδούλου|Κωνσταντίνου|Ιωάννου|Χαραλάμπους|Νεοφύτου|Παναγιώτου|Σάββα
            Ευαγγέλου|Αντωνίου|Λοΐζου|Μιχαήλ|Κυριάκου|Θεοδώρου|Χατζηγεωργίου|Σωτηρίου|Ιακώβου
            Περικλέους|Στυλιανού|Χριστοφόρου
            """,
        secondGivenPerMille: 40)
}
