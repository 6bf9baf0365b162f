import Foundation
import ShortlistCore

/// An employer or university, with the city a CV names next to it.
struct DemoOrganisation: Sendable {
    let name: String
    let city: String
}

/// Employers across Europe, written as their staff write them (in the local language and
/// script), plus EU institutions, agencies and international firms.
enum DemoOrganisations {
    /// `Name@City|…`; a leading `*` marks a university (also used for the education line).
    private static func parse(_ text: String) -> (
        employers: [DemoOrganisation], universities: [DemoOrganisation]
    ) {
        var employers: [DemoOrganisation] = []
        var universities: [DemoOrganisation] = []
        for entry in DemoList.entries(text) {
            let isUniversity = entry.hasPrefix("*")
            let parts = entry.dropFirst(isUniversity ? 1 : 0).split(separator: "@", maxSplits: 1)
            let org = DemoOrganisation(name: String(parts[0]), city: String(parts[1]))
            employers.append(org)
            if isUniversity { universities.append(org) }
        }
        return (employers, universities)
    }

    private static let byCountry:
        [String: (employers: [DemoOrganisation], universities: [DemoOrganisation])] =
            national.mapValues(parse)

    static func employers(of country: String) -> [DemoOrganisation] {
        byCountry[country]?.employers ?? international
    }

    static func universities(of country: String) -> [DemoOrganisation] {
        byCountry[country]?.universities ?? abroadUniversities
    }

    static let euBodies = parse(euText).employers
    static let international = parse(internationalText).employers
    static let abroadUniversities = parse(abroadText).employers

    private static let euText =
        """
        European Commission, DG CNECT@Brussels|European Commission, DG REGIO@Brussels
        European Commission, DG DIGIT@Brussels|European Commission, DG ECHO@Brussels
        European Commission, DG CLIMA@Brussels|European Commission, DG GROW@Brussels
        European Commission, DG MOVE@Brussels|European Commission, DG ENER@Brussels
        European Commission, DG HR@Brussels|European Commission, DG BUDG@Brussels
        European Commission, DG JUST@Brussels|European Commission, DG COMM@Brussels
        European Commission, DG RTD@Brussels|European Commission, DG AGRI@Brussels
        European Commission, DG EAC@Brussels|European Commission, DG SANTE@Brussels
        Joint Research Centre (JRC)@Ispra|Joint Research Centre (JRC)@Seville
        Joint Research Centre (JRC)@Petten|Joint Research Centre (JRC)@Geel|Eurostat@Luxembourg
        European Parliament@Brussels|European Parliament@Strasbourg
        Council of the European Union@Brussels|European Court of Auditors@Luxembourg
        European Investment Bank@Luxembourg|European Committee of the Regions@Brussels|ENISA@Athens
        ENISA@Heraklion|EU-LISA@Tallinn|EU-LISA@Strasbourg|Frontex@Warsaw|CINEA@Brussels
        HaDEA@Brussels|European Research Executive Agency@Brussels|EISMEA@Brussels
        European Environment Agency@Copenhagen|EFSA@Parma|European Medicines Agency@Amsterdam
        Europol@The Hague|EASA@Cologne|EU-OSHA@Bilbao|EMSA@Lisbon
        European Labour Authority@Bratislava|Cedefop@Thessaloniki|EIGE@Vilnius|Eurofound@Dublin
        European Union Agency for Railways@Valenciennes|EUIPO@Alicante|ECHA@Helsinki
        Fusion for Energy@Barcelona|EUSPA@Prague|European Training Foundation@Turin
        Publications Office of the European Union@Luxembourg
        """

    private static let internationalText =
        """
        Deloitte@Brussels|Accenture@Brussels|PwC EU Services@Brussels|Ernst & Young@Luxembourg
        KPMG@Amsterdam|Capgemini@Paris|Bentley Systems@Dublin|Arup@Madrid|Esri Europe@Rotterdam
        Red Cross EU Office@Brussels|ICLEI Europe@Freiburg|Eurocities@Brussels
        Open Knowledge Foundation@Berlin|NGO \"Open Cities Lab\"@Lisbon|Wavestone@Luxembourg
        Ramboll@Hamburg|Ricardo Energy & Environment@Brussels|Sopra Steria Benelux@Brussels
        NTT DATA@Madrid|Intrasoft International@Luxembourg|self-employed consultant@Brussels
        self-employed consultant@Lisbon|self-employed consultant@Berlin|OECD@Paris
        World Health Organization@Copenhagen|Council of Europe@Strasbourg|UNDP@Geneva
        European Space Agency@Noordwijk
        """

    private static let abroadText =
        """
        London School of Economics@London|Sciences Po@Paris|Maastricht University@Maastricht
        Hertie School@Berlin|Universiteit van Amsterdam@Amsterdam|KU Leuven@Leuven
        Universidad Carlos III de Madrid@Madrid|University of Oxford@Oxford|ETH Zürich@Zurich
        Central European University@Vienna|Technische Universiteit Delft@Delft
        Université libre de Bruxelles@Brussels
        """

    private static let national: [String: String] = [
        "AT": """
        Bundesministerium für Klimaschutz@Vienna|Stadt Wien – Magistratsabteilung 23@Vienna
        *Technische Universität Wien@Vienna|AIT Austrian Institute of Technology@Vienna
        *Universität Graz@Graz|Joanneum Research@Graz|Statistik Austria@Vienna|Verbund AG@Vienna
        *Wirtschaftsuniversität Wien@Vienna
        """,
        "BE": """
        Infrabel@Brussels|*KU Leuven@Leuven|*Université libre de Bruxelles@Brussels
        *Universiteit Gent@Ghent|imec@Leuven|Stad Antwerpen@Antwerp
        Région de Bruxelles-Capitale – Paradigm@Brussels|SPF Stratégie et Appui (BOSA)@Brussels
        Proximus@Brussels|Deloitte Belgium@Brussels|Ernst & Young Belgium@Brussels
        *Université de Liège@Liège|VITO@Mol|Digitaal Vlaanderen@Brussels
        *Université catholique de Louvain@Louvain-la-Neuve
        """,
        "BG": """
        *Софийски университет „Св. Климент Охридски“@Sofia
        Министерство на електронното управление@Sofia|Столична община@Sofia
        Институт по информационни и комуникационни технологии – БАН@Sofia|Община Пловдив@Plovdiv
        Telerik Academy@Sofia|*Технически университет – Варна@Varna|Sirma Group@Sofia
        *Университет за национално и световно стопанство@Sofia
        """,
        "CY": """
        *University of Cyprus@Nicosia|*Cyprus University of Technology@Limassol
        Deputy Ministry of Research, Innovation and Digital Policy@Nicosia
        Δήμος Λεμεσού@Limassol|CYENS Centre of Excellence@Nicosia|Bank of Cyprus@Nicosia
        The Cyprus Institute@Nicosia
        """,
        "CZ": """
        *Univerzita Karlova@Prague|*České vysoké učení technické v Praze@Prague
        Ministerstvo pro místní rozvoj@Prague|Magistrát hlavního města Prahy@Prague
        *Masarykova univerzita@Brno|Statutární město Brno@Brno|Škoda Auto@Mladá Boleslav
        Avast@Prague|Český statistický úřad@Prague
        """,
        "DE": """
        SAP SE@Walldorf|Siemens Mobility GmbH@Munich|Fraunhofer IAIS@Sankt Augustin
        *Technische Universität München@Munich
        Bundesministerium für Digitales und Verkehr@Berlin|Landeshauptstadt München@Munich
        Deutsche Bahn AG@Berlin|*Karlsruher Institut für Technologie@Karlsruhe
        Deutsches Zentrum für Luft- und Raumfahrt (DLR)@Cologne
        Freie und Hansestadt Hamburg@Hamburg|GIZ@Bonn|Statistisches Bundesamt@Wiesbaden
        Helmholtz-Zentrum für Umweltforschung@Leipzig|*Humboldt-Universität zu Berlin@Berlin
        *Universität zu Köln@Cologne
        """,
        "DK": """
        *Danmarks Tekniske Universitet@Kongens Lyngby|Aarhus Kommune@Aarhus
        Københavns Kommune@Copenhagen|Digitaliseringsstyrelsen@Copenhagen
        *Københavns Universitet@Copenhagen|Ørsted@Fredericia|Novo Nordisk@Bagsværd
        *Aalborg Universitet@Aalborg|Rambøll@Copenhagen
        """,
        "EE": """
        *Tartu Ülikool@Tartu|*Tallinna Tehnikaülikool@Tallinn
        Majandus- ja Kommunikatsiooniministeerium@Tallinn|Tallinna Linnavalitsus@Tallinn
        Riigi Infosüsteemi Amet@Tallinn|Bolt@Tallinn|Cybernetica@Tallinn|Statistikaamet@Tallinn
        """,
        "EL": """
        *Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης@Thessaloniki|*Εθνικό Μετσόβιο Πολυτεχνείο@Athens
        Υπουργείο Ψηφιακής Διακυβέρνησης@Athens|Δήμος Αθηναίων@Athens|CERTH@Thessaloniki
        Ερευνητικό Κέντρο «Αθηνά»@Athens|*Πανεπιστήμιο Πατρών@Patras
        Γενική Γραμματεία Πολιτικής Προστασίας@Athens|ΟΤΕ Group@Athens|Δήμος Τρικκαίων@Trikala
        ΕΛΣΤΑΤ@Piraeus|*Οικονομικό Πανεπιστήμιο Αθηνών@Athens
        """,
        "ES": """
        Ayuntamiento de Valencia@Valencia|Ajuntament de Barcelona@Barcelona
        *Universidad Politécnica de Madrid@Madrid
        *Universitat Politècnica de Catalunya@Barcelona
        Ministerio para la Transformación Digital y de la Función Pública@Madrid|Tecnalia@Bilbao
        Indra Sistemas@Madrid|Telefónica@Madrid|Barcelona Supercomputing Center@Barcelona
        *Universidad de Sevilla@Seville|Junta de Andalucía@Seville
        Instituto Nacional de Estadística@Madrid|*Universidad Complutense de Madrid@Madrid
        *Universidad de Zaragoza@Zaragoza
        """,
        "FI": """
        VTT Technical Research Centre of Finland@Espoo|*Aalto-yliopisto@Espoo
        Helsingin kaupunki@Helsinki|Nokia Solutions and Networks Oy@Espoo
        *Tampereen yliopisto@Tampere|Valtiovarainministeriö@Helsinki|*Oulun yliopisto@Oulu
        Tilastokeskus@Helsinki|Forum Virium Helsinki@Helsinki|*Helsingin yliopisto@Helsinki
        """,
        "FR": """
        Inria@Rocquencourt|*Sorbonne Université@Paris|Ville de Lyon@Lyon
        Ministère de la Transition écologique@Paris|Capgemini Invent@Paris|Orange Business@Paris
        Atos@Bezons|*Université Grenoble Alpes@Grenoble|CEA@Saclay|Toulouse Métropole@Toulouse
        INSEE@Paris|Agence nationale de la cohésion des territoires@Paris
        Dassault Systèmes@Vélizy-Villacoublay|*Université de Strasbourg@Strasbourg
        *Sciences Po@Paris
        """,
        "HR": """
        *Sveučilište u Zagrebu@Zagreb|Grad Zagreb@Zagreb
        Ministarstvo regionalnoga razvoja i fondova Europske unije@Zagreb
        Institut Ruđer Bošković@Zagreb|Infobip@Vodnjan|*Sveučilište u Splitu@Split
        HEP d.d.@Zagreb|Grad Rijeka@Rijeka|*Sveučilište u Rijeci@Rijeka
        """,
        "HU": """
        *Budapesti Műszaki és Gazdaságtudományi Egyetem@Budapest
        *Eötvös Loránd Tudományegyetem@Budapest|Budapest Főváros Önkormányzata@Budapest
        SZTAKI@Budapest|Magyar Telekom@Budapest|*Debreceni Egyetem@Debrecen
        Központi Statisztikai Hivatal@Budapest|*Szegedi Tudományegyetem@Szeged
        """,
        "IE": """
        *Trinity College Dublin@Dublin|*University College Dublin@Dublin
        Dublin City Council@Dublin
        Department of Public Expenditure, NDP Delivery and Reform@Dublin
        Science Foundation Ireland@Dublin|*University of Galway@Galway|Accenture Ireland@Dublin
        Central Statistics Office@Cork|ADAPT Centre@Dublin|Cork County Council@Cork
        *University College Cork@Cork
        """,
        "IT": """
        *Politecnico di Milano@Milan|Comune di Milano@Milan|*Università di Bologna@Bologna
        Agenzia per l'Italia Digitale@Rome|Engineering Ingegneria Informatica@Rome
        CNR – Istituto di Scienza e Tecnologie dell'Informazione@Pisa|Leonardo S.p.A.@Rome
        *Politecnico di Torino@Turin|Regione Emilia-Romagna@Bologna|ISTAT@Rome
        Comune di Torino@Turin|Fondazione Bruno Kessler@Trento|*Sapienza Università di Roma@Rome
        *Università degli Studi di Napoli Federico II@Naples
        *Università Ca' Foscari Venezia@Venice
        """,
        "LT": """
        *Vilniaus universitetas@Vilnius|*Kauno technologijos universitetas@Kaunas
        Vilniaus miesto savivaldybė@Vilnius|Ekonomikos ir inovacijų ministerija@Vilnius
        Registrų centras@Vilnius|*Vilniaus Gedimino technikos universitetas@Vilnius
        Telia Lietuva@Vilnius|Valstybės duomenų agentūra@Vilnius
        """,
        "LU": """
        *Université du Luxembourg@Esch-sur-Alzette
        Luxembourg Institute of Science and Technology@Esch-sur-Alzette
        Ville de Luxembourg@Luxembourg|Ministère de la Digitalisation@Luxembourg
        SES S.A.@Betzdorf|POST Luxembourg@Luxembourg|STATEC@Luxembourg
        Banque et Caisse d'Épargne de l'État@Luxembourg
        """,
        "LV": """
        *Latvijas Universitāte@Riga|*Rīgas Tehniskā universitāte@Riga
        Rīgas valstspilsētas pašvaldība@Riga
        Viedās administrācijas un reģionālās attīstības ministrija@Riga
        Latvijas Mobilais Telefons@Riga|Tilde@Riga|Centrālā statistikas pārvalde@Riga
        """,
        "MT": """
        *University of Malta@Msida|Malta Digital Innovation Authority@Valletta
        Malta Information Technology Agency@Valletta
        Ministry for the Economy, EU Funds and Lands@Valletta
        Kunsill Lokali Birkirkara@Birkirkara|Malta Enterprise@Valletta|Bank of Valletta@Valletta
        *MCAST@Paola
        """,
        "NL": """
        TNO@The Hague|Gemeente Rotterdam@Rotterdam|Gemeente Amsterdam@Amsterdam
        *Technische Universiteit Delft@Delft|*Universiteit Utrecht@Utrecht
        Ministerie van Binnenlandse Zaken en Koninkrijksrelaties@The Hague
        Rijkswaterstaat@Utrecht|ASML@Veldhoven|Philips@Eindhoven|Kadaster@Apeldoorn
        Stichting \"Slimme Stad\"@Eindhoven|Centraal Bureau voor de Statistiek@The Hague
        *Universiteit Leiden@Leiden|*Rijksuniversiteit Groningen@Groningen
        """,
        "PL": """
        *Uniwersytet Jagielloński@Kraków|*Politechnika Warszawska@Warsaw
        Ministerstwo Cyfryzacji@Warsaw|Urząd m.st. Warszawy@Warsaw|Urząd Miasta Krakowa@Kraków
        NASK – Państwowy Instytut Badawczy@Warsaw|*Politechnika Wrocławska@Wrocław
        Asseco Poland@Rzeszów|Główny Urząd Statystyczny@Warsaw|*Politechnika Gdańska@Gdańsk
        Urząd Marszałkowski Województwa Łódzkiego@Łódź|*Uniwersytet Warszawski@Warsaw
        """,
        "PT": """
        *Universidade de Lisboa@Lisbon|*Universidade do Porto@Porto
        Câmara Municipal de Lisboa@Lisbon|Câmara Municipal do Porto@Porto
        Agência para a Modernização Administrativa@Lisbon|INESC TEC@Porto
        Fraunhofer Portugal AICOS@Porto|*Universidade de Coimbra@Coimbra
        Instituto Nacional de Estatística@Lisbon|Altice Portugal@Lisbon
        *Universidade Nova de Lisboa@Lisbon
        """,
        "RO": """
        *Universitatea Politehnica din București@Bucharest
        *Universitatea Babeș-Bolyai@Cluj-Napoca|Primăria Municipiului Cluj-Napoca@Cluj-Napoca
        Ministerul Cercetării, Inovării și Digitalizării@Bucharest
        Autoritatea pentru Digitalizarea României@Bucharest|Bitdefender@Bucharest
        UiPath@Bucharest|Primăria Municipiului Timișoara@Timișoara
        Institutul Național de Statistică@Bucharest|*Universitatea „Alexandru Ioan Cuza“@Iași
        *Academia de Studii Economice din București@Bucharest
        """,
        "SE": """
        *Kungliga Tekniska högskolan@Stockholm|*Chalmers tekniska högskola@Gothenburg
        Stockholms stad@Stockholm|Myndigheten för digital förvaltning@Sundsvall
        RISE Research Institutes of Sweden@Gothenburg|Ericsson@Stockholm|*Lunds universitet@Lund
        Statistiska centralbyrån@Stockholm|Malmö stad@Malmö|*Uppsala universitet@Uppsala
        """,
        "SI": """
        *Univerza v Ljubljani@Ljubljana|Institut \"Jožef Stefan\"@Ljubljana
        Mestna občina Ljubljana@Ljubljana|Ministrstvo za digitalno preobrazbo@Ljubljana
        *Univerza v Mariboru@Maribor|Telekom Slovenije@Ljubljana
        Statistični urad Republike Slovenije@Ljubljana|Mestna občina Maribor@Maribor
        """,
        "SK": """
        *Slovenská technická univerzita v Bratislave@Bratislava
        *Univerzita Komenského v Bratislave@Bratislava|Hlavné mesto SR Bratislava@Bratislava
        Ministerstvo investícií, regionálneho rozvoja a informatizácie SR@Bratislava
        *Technická univerzita v Košiciach@Košice|ESET@Bratislava|Mesto Košice@Košice
        Štatistický úrad SR@Bratislava
        """,
        "UA": """
        *Київський національний університет імені Тараса Шевченка@Kyiv
        Міністерство цифрової трансформації України@Kyiv
        Київська міська державна адміністрація@Kyiv|SoftServe@Lviv
        *Національний університет «Львівська політехніка»@Lviv|EPAM Systems@Kyiv
        """,
        "CH": """
        *ETH Zürich@Zurich|*EPFL@Lausanne|Stadt Zürich@Zurich|Swisscom@Bern
        Bundesamt für Statistik@Neuchâtel|World Health Organization@Geneva
        Ville de Genève@Geneva|*Université de Genève@Geneva
        """,
        "NO": """
        *NTNU@Trondheim|*Universitetet i Oslo@Oslo|Oslo kommune@Oslo|SINTEF@Trondheim
        Equinor@Stavanger|Digitaliseringsdirektoratet@Oslo
        """,
        "US": """
        World Bank@Washington, DC|Microsoft@Redmond
        *Massachusetts Institute of Technology@Cambridge, MA|City of Boston@Boston|Esri@Redlands
        IBM Research@Yorktown Heights|*Georgetown University@Washington, DC
        """,
        "UK": """
        *University College London@London|Greater London Authority@London
        Government Digital Service@London|Arup@London|*University of Edinburgh@Edinburgh
        Ordnance Survey@Southampton|*University of Manchester@Manchester
        """,
        "TR": """
        *Orta Doğu Teknik Üniversitesi@Ankara|İstanbul Büyükşehir Belediyesi@Istanbul
        *Boğaziçi Üniversitesi@Istanbul|TÜBİTAK@Ankara|Turkcell@Istanbul
        """,
        "RS": """
        *Универзитет у Београду@Belgrade|Град Београд@Belgrade
        Kancelarija za informacione tehnologije i elektronsku upravu@Belgrade
        Institut Mihajlo Pupin@Belgrade|Nordeus@Belgrade
        """,
        "CN": """
        *Tsinghua University@Beijing|Huawei Technologies@Shenzhen
        Shanghai Municipal Government@Shanghai|*Zhejiang University@Hangzhou
        Alibaba Cloud@Hangzhou
        """,
        "JP": """
        *The University of Tokyo@Tokyo|Tokyo Metropolitan Government@Tokyo|NEC Corporation@Tokyo
        Fujitsu@Kawasaki|*Kyoto University@Kyoto|Hitachi@Tokyo
        """,
    ]

    /// Cities a CV mentions in passing (pilots, partners, conferences).
    static let cities: [String] = DemoList.entries(
        """
        Brussels|Luxembourg|Strasbourg|Vienna|Graz|Linz|Antwerp|Ghent|Liège|Leuven|Sofia|Plovdiv
        Varna|Nicosia|Limassol|Prague|Brno|Ostrava|Berlin|Munich|Hamburg|Cologne|Frankfurt am Main
        Leipzig|Karlsruhe|Copenhagen|Aarhus|Odense|Tallinn|Tartu|Athens|Thessaloniki|Patras
        Heraklion|Trikala|Madrid|Barcelona|Valencia|Seville|Bilbao|Zaragoza|Málaga|Helsinki|Espoo
        Tampere|Oulu|Paris|Lyon|Marseille|Toulouse|Lille|Nantes|Bordeaux|Grenoble|Zagreb|Split
        Rijeka|Budapest|Debrecen|Szeged|Dublin|Cork|Galway|Limerick|Rome|Milan|Turin|Bologna|Naples
        Florence|Bari|Vilnius|Kaunas|Riga|Liepāja|Valletta|Amsterdam|Rotterdam|The Hague|Utrecht
        Eindhoven|Groningen|Warsaw|Kraków|Wrocław|Gdańsk|Poznań|Łódź|Lisbon|Porto|Coimbra|Bucharest
        Cluj-Napoca|Iași|Timișoara|Stockholm|Gothenburg|Malmö|Umeå|Ljubljana|Maribor|Bratislava
        Košice|Esch-sur-Alzette
        """)
}
