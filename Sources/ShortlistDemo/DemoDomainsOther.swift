import Foundation
import ShortlistCore

/// Profiles on other subjects. Some speak of digital transformation, data or twinning, so that
/// a keyword search has near misses to leave alone; none speaks of AI or Digital Twins.
extension DemoDomain {
    static let procurement = DemoDomain(
        "procurement",
        professions: """
            procurement officer|public procurement specialist|contract manager
            """,
        roles: """
            Procurement Officer|Contract Manager|Financial and Procurement Officer
            Head of Procurement|Tender Coordinator
            """,
        topics: """
            public procurement|framework contracts|green public procurement|innovation procurement
            contract management
            """,
        skills: "eTendering|eSubmission|PPMT|ABAC|SAP Ariba|TED eNotices",
        fields: """
            L:Law|B:Business Administration|S:Economics|B:Accounting|A:Public Administration
            """,
        castProfiles: "Finance|Administration/Finance|Law",
        bullets: [
            "Handled {n} procurement procedures (open, restricted and negotiated) with a total value of {eur}.",
            "Drafted tender specifications and award criteria for a framework contract on {topic}.",
            "Chaired {n} evaluation committees and drafted the award decisions and letters to tenderers.",
            "Introduced green public procurement criteria in {pct}% of the organisation's tenders.",
            "Managed {n} specific contracts and order forms under the {DIGIT|SIDE II|ESP-DESIGN|PMO} framework contracts.",
            "Trained {people} operational units in the Financial Regulation rules on {topic}.",
            "Moved the procurement workflow to eSubmission and PPMT, part of the digital transformation of the directorate.",
            "Prepared replies to {n} complaints and requests for clarification from economic operators.",
        ])

    static let climateAdaptation = DemoDomain(
        "climate-adaptation",
        professions: """
            climate adaptation specialist|environmental policy officer|resilience planner
            """,
        roles: """
            Climate Adaptation Officer|Environmental Policy Officer|Resilience Coordinator
            Project Officer|Senior Climate Expert
            """,
        topics: """
            climate adaptation|nature-based solutions|flood risk management|urban heat islands
            the Covenant of Mayors|drought resilience
            """,
        skills: """
            QGIS|ArcGIS|Climate-ADAPT|R|Copernicus Climate Data Store|EIA methodology
            """,
        fields: """
            S:Environmental Science|A:Geography|S:Civil Engineering|S:Agronomy|S:Urban Planning
            """,
        castProfiles: """
            Project/Programme Management|Research|Political Affairs/EU Policies
            """,
        bullets: [
            "Coordinated the climate adaptation plan of {city}, covering heatwaves, floods and droughts for {big} residents.",
            "Managed a LIFE project on nature-based solutions with {n} partners and a budget of {eur}.",
            "Mapped flood risk for {n} municipalities and prioritised investments worth {eur}.",
            "Drafted the regional chapter of the national adaptation strategy on {topic}.",
            "Set up a monitoring framework with {n} indicators for {topic}, reported yearly to the European Environment Agency.",
            "Organised citizen assemblies in {city} on {topic}, with {big} participants.",
            "Advised {n} signatories of the Covenant of Mayors on their climate risk and vulnerability assessments.",
            "Led the greening of {n} school yards in {city} as climate shelters.",
        ])

    static let smartCities = DemoDomain(
        "smart-cities",
        professions: """
            smart city coordinator|urban innovation manager|digital transformation officer
            """,
        roles: """
            Smart City Coordinator|Urban Innovation Manager|Digital Transformation Officer
            Project Manager|Open Data Officer
            """,
        topics: """
            smart cities|open urban data platforms|IoT sensor networks|local digital transformation
            urban data sharing
            """,
        skills: "FIWARE|CKAN|Node-RED|MQTT|Power BI|QGIS|PostgreSQL",
        fields: """
            S:Urban Planning|S:Telecommunications Engineering|S:Computer Science
            A:Public Administration|S:Electrical Engineering
            """,
        castProfiles: """
            Project/Programme Management|Information and Communication Technology|Technical support
            """,
        bullets: [
            "Coordinated the smart city strategy of {city}, aligning {n} municipal departments around common KPIs.",
            "Deployed {big} IoT sensors for parking, noise and air quality, with an open data portal for reuse.",
            "Member of the \"Living-in.EU\" working group on smart cities and local digital transformation.",
            "Managed the open data platform of {city}, publishing {n} new datasets a year.",
            "Negotiated data-sharing agreements with {n} mobility and energy operators.",
            "Led the digital transformation of {n} municipal services, from paper forms to online procedures.",
            "Organised a hackathon on {topic} with {big} participants and {n} prizes.",
            "Wrote the interoperability guidelines for municipal data platforms adopted by {n} cities.",
        ])

    static let communication = DemoDomain(
        "communication",
        professions: """
            communication officer|press officer|digital communication specialist
            """,
        roles: """
            Communication Officer|Press Officer|Web Editor|Head of Communication
            Social Media Manager
            """,
        topics: """
            corporate communication|social media campaigns|press relations|web content
            stakeholder events
            """,
        skills: """
            Drupal|Europa Web Publishing Platform|Adobe InDesign|Canva|Hootsuite|Google Analytics
            Premiere Pro
            """,
        fields: """
            A:Communication Studies|A:Journalism|A:Political Science|A:European Studies
            A:Translation and Interpreting
            """,
        castProfiles: "Communication|Political Affairs/EU Policies",
        bullets: [
            "Ran social media campaigns reaching {n}0,000 people, with engagement rates of {pct}%.",
            "Wrote and edited {n} press releases, news items and newsletters a month.",
            "Organised the {annual conference|info day|open day} in {city} for {big} participants.",
            "Managed the website redesign of {org}, cutting bounce rates by {pct}%.",
            "Produced {n} short videos and infographics explaining {topic}.",
            "Coordinated media relations during {n} high-level visits and ministerial meetings.",
            "Drafted the communication strategy on {topic}, including a crisis communication protocol.",
            "Trained {people} colleagues in plain-language writing for the web.",
        ])

    static let finance = DemoDomain(
        "finance",
        professions: "financial officer|budget analyst|financial controller",
        roles: """
            Financial Officer|Budget Analyst|Financial Controller|Financial Initiating Agent
            Head of Finance
            """,
        topics: """
            budget management|financial verification|ex-ante controls
            multiannual financial framework|grant payments
            """,
        skills: "ABAC|SAP|SUMMA|MS Excel (advanced)|Power BI|Compass Corporate",
        fields: "B:Accounting|B:Finance|S:Economics|B:Business Administration",
        castProfiles: "Finance|Administration/Finance|Financial assistants|Economics",
        bullets: [
            "Managed a yearly budget of {eur}, with a payment execution rate of {pct}% above target.",
            "Performed ex-ante verification of {big} financial transactions a year.",
            "Prepared the draft budget and amending budgets for {n} budget lines.",
            "Carried out {n} ex-post controls of grant beneficiaries and recovered {eur} of ineligible costs.",
            "Moved invoice processing to SUMMA as part of the digital transformation of the financial workflow.",
            "Drafted the financial chapter of the annual activity report and replied to Court of Auditors questions.",
            "Analysed cost claims of {aprogramme} projects and advised beneficiaries on eligibility rules.",
            "Set up monthly reporting on commitments, payments and decommitments for management.",
        ])

    static let legal = DemoDomain(
        "legal",
        professions: "legal officer|lawyer|data protection officer",
        roles: """
            Legal Officer|Legal Adviser|Data Protection Officer|Associate|Legal and Policy Officer
            """,
        topics: """
            EU law|data protection|competition law|infringement procedures|state aid|GDPR compliance
            """,
        skills: "EUR-Lex|CURIA|Westlaw|LexisNexis|DPO toolkit|Decide",
        fields: "L:Law|L:Law|A:European Studies|A:International Relations",
        castProfiles: "Law|Political Affairs/EU Policies",
        bullets: [
            "Drafted legal opinions on {topic} for {n} directorates.",
            "Handled {n} infringement cases from letter of formal notice to reasoned opinion.",
            "Represented {org} before national courts in {n} cases on {topic}.",
            "Advised on the GDPR compliance of {n} processing operations and drafted the records of processing.",
            "Negotiated data processing agreements with {n} contractors.",
            "Drafted the transposition tables and impact assessment chapter for a directive on {topic}.",
            "Assessed {n} state aid notifications and drafted the corresponding decisions.",
            "Trained {big} staff on data protection and access to documents.",
        ])

    static let humanResources = DemoDomain(
        "human-resources",
        professions: """
            HR officer|talent acquisition specialist|learning and development officer
            """,
        roles: """
            HR Officer|HR Business Partner|Recruitment Officer|Learning and Development Officer
            Head of HR
            """,
        topics: """
            recruitment|learning and development|staff well-being|competency frameworks
            selection procedures
            """,
        skills: "SYSPER|EU Learn|Workday|SuccessFactors|MS Excel (advanced)|Miro",
        fields: """
            B:Human Resource Management|A:Psychology|A:Sociology|L:Law|A:Public Administration
            """,
        castProfiles: """
            Administration/Finance|Political Affairs/EU Policies|Administrative support
            """,
        bullets: [
            "Organised {n} selection procedures, from the call for expression of interest to the reserve list.",
            "Designed a competency framework for {big} staff and the matching learning paths.",
            "Ran the onboarding programme for {n} newcomers a year.",
            "Coordinated the staff survey and the follow-up action plan on well-being and hybrid work.",
            "Moved the appraisal exercise to a digital workflow, part of the HR digital transformation.",
            "Advised managers on {n} cases of career guidance, mobility and part-time work.",
            "Delivered {n} training sessions on interviewing techniques for selection panels.",
            "Analysed staff data to plan the workforce of {n} units for the next five years.",
        ])

    static let audit = DemoDomain(
        "audit",
        professions: "auditor|internal control officer|risk manager",
        roles: """
            Auditor|Senior Auditor|Internal Control Officer|Risk Manager|Audit Manager
            """,
        topics: """
            internal control|risk management|performance audit|grant audits|anti-fraud strategies
            """,
        skills: """
            TeamMate+|ACL Analytics|IDEA|MS Excel (advanced)|COSO framework|ISA standards
            """,
        fields: "B:Accounting|B:Finance|S:Economics|L:Law|B:Business Administration",
        castProfiles: "Audit|Finance|Economics",
        bullets: [
            "Led {n} audits of {aprogramme} beneficiaries and reported findings worth {eur}.",
            "Assessed the internal control framework of {n} directorates against the COSO principles.",
            "Drafted the risk register and the anti-fraud strategy of {org}.",
            "Carried out performance audits of {topic} and followed up {n} recommendations.",
            "Used data analytics to select high-risk transactions for testing, raising detection rates by {pct}%.",
            "Coordinated the replies to the European Court of Auditors' preliminary findings on {topic}.",
            "Reviewed the declaration of assurance and the annual activity report.",
            "Trained {people} auditors in sampling methods and audit documentation.",
        ])

    static let statistics = DemoDomain(
        "statistics",
        professions: "statistician|economist|data analyst",
        roles: "Statistician|Economist|Data Analyst|Senior Statistician|Methodologist",
        topics: """
            official statistics|regional statistics|labour market statistics|survey methodology
            national accounts
            """,
        skills: "R|SAS|Stata|SQL|SDMX|Python|JDemetra+",
        fields: "S:Statistics|S:Mathematics|S:Economics|A:Sociology",
        castProfiles: "Economics|Research|Information and Communication Technology",
        bullets: [
            "Produced quarterly estimates of {topic} for {n} regions, published on the Eurostat database.",
            "Redesigned the sampling frame of the {labour force|household budget|ICT usage} survey, cutting costs by {pct}%.",
            "Maintained the SDMX data flows with {n} national statistical institutes.",
            "Wrote {n} methodological notes on seasonal adjustment and small-area estimation.",
            "Built reproducible R pipelines for {topic}, replacing {n} manual spreadsheets.",
            "Presented {topic} results to the Working Group on Regional Statistics.",
            "Analysed census microdata for {city} to support housing and transport planning.",
            "Ran quality reviews of {n} statistical processes under the European Statistics Code of Practice.",
        ])

    static let energy = DemoDomain(
        "energy",
        professions: "energy policy officer|energy engineer|renewables project manager",
        roles: """
            Energy Policy Officer|Energy Engineer|Project Manager|Grid Planning Engineer
            Senior Energy Analyst
            """,
        topics: """
            renewable energy|energy efficiency in buildings|electricity grids|energy communities
            hydrogen valleys
            """,
        skills: "PVsyst|HOMER|PowerFactory|MATLAB|Python|MS Project",
        fields: """
            S:Energy Engineering|S:Electrical Engineering|S:Mechanical Engineering|S:Physics
            S:Economics
            """,
        castProfiles: "Project/Programme Management|Research|Technical support",
        bullets: [
            "Managed the renovation programme of {n} public buildings, saving {pct}% of energy use.",
            "Coordinated {n} renewable energy communities in {city} and the surrounding region.",
            "Modelled grid connection scenarios for {big} MW of solar and wind capacity.",
            "Drafted the national energy and climate plan chapter on {topic}.",
            "Monitored {n} {programme} energy projects with a total budget of {eur}.",
            "Led technical due diligence for {n} hydrogen and storage projects.",
            "Advised {n} municipalities on energy audits and heating plans.",
            "Represented {org} in the Clean Energy for EU Islands secretariat.",
        ])

    static let mobility = DemoDomain(
        "mobility",
        professions: """
            transport planner|sustainable mobility officer|rail project manager
            """,
        roles: """
            Transport Planner|Mobility Officer|Project Manager|Rail Systems Engineer
            Head of Mobility
            """,
        topics: """
            sustainable urban mobility|rail interoperability|cycling infrastructure|public transport
            logistics hubs
            """,
        skills: "PTV Visum|VISSIM|QGIS|AutoCAD|MS Project|GTFS",
        fields: """
            S:Transport Engineering|S:Civil Engineering|S:Urban Planning|A:Geography|S:Economics
            """,
        castProfiles: "Project/Programme Management|Technical support|Research",
        bullets: [
            "Coordinated the sustainable urban mobility plan of {city}, adopted after {n} public consultations.",
            "Managed {n} km of new cycling infrastructure worth {eur}.",
            "Prepared Connecting Europe Facility applications for {n} rail interoperability projects.",
            "Led the tender for {n} zero-emission buses and the charging depot.",
            "Analysed passenger flows and redesigned {n} bus lines, raising ridership by {pct}%.",
            "Represented {org} in the TEN-T corridor forum on {topic}.",
            "Set up the open GTFS feed used by {n} journey-planning apps.",
            "Drafted the urban logistics strategy for the historic centre of {city}.",
        ])

    static let cybersecurity = DemoDomain(
        "cybersecurity",
        professions: """
            cybersecurity analyst|information security officer|security architect
            """,
        roles: """
            Cybersecurity Analyst|Local Information Security Officer|Security Architect
            CSIRT Team Lead|IT Security Officer
            """,
        topics: """
            cybersecurity|incident response|NIS2 compliance|security risk assessment
            cyber resilience
            """,
        skills: "Splunk|MISP|ISO 27001|Wireshark|Kali Linux|CISSP|Microsoft Sentinel",
        fields: """
            S:Computer Science|S:Telecommunications Engineering|S:Information Systems|S:Mathematics
            """,
        castProfiles: "Information and Communication Technology|Technical support",
        bullets: [
            "Handled {n} security incidents a month as part of the national CSIRT.",
            "Led the NIS2 gap analysis for {n} essential entities.",
            "Organised the {city} cyber exercise with {n} operators of essential services.",
            "Drafted security plans and risk assessments for {n} information systems.",
            "Ran phishing awareness campaigns for {big} staff, cutting click rates by {pct}%.",
            "Contributed to the ENISA threat landscape report on {topic}.",
            "Set up the vulnerability management process and patch reporting for {n} servers.",
            "Coordinated the ISO 27001 certification of {org}.",
        ])

    static let regionalPolicy = DemoDomain(
        "regional-policy",
        professions: "regional policy officer|cohesion policy expert|programme manager",
        roles: """
            Programme Manager|Desk Officer|Regional Policy Officer|Managing Authority Officer
            Head of Sector
            """,
        topics: """
            cohesion policy|ERDF programmes|territorial development|smart specialisation strategies
            cross-border cooperation
            """,
        skills: "SFC2021|Kohesio|MS Excel (advanced)|QGIS|Power BI",
        fields: """
            S:Economics|A:Geography|A:European Studies|A:Public Administration|S:Spatial Planning
            """,
        castProfiles: """
            Political Affairs/EU Policies|Economics|Project/Programme Management
            """,
        bullets: [
            "Negotiated the {n} priorities of the regional ERDF programme worth {eur}.",
            "Monitored {n} operational programmes and chaired their monitoring committees.",
            "Drafted the smart specialisation strategy of {city} region with {n} stakeholders.",
            "Assessed {n} major project applications and their cost-benefit analyses.",
            "Coordinated the Interreg cross-border programme between {city} and {city2}.",
            "Prepared country-specific recommendations on {topic} for the European Semester.",
            "Followed up {n} audit findings with the managing authority.",
            "Supported the digital transformation of the managing authority's monitoring system.",
        ])

    static let researchGrants = DemoDomain(
        "research-grants",
        professions: "research project manager|grant manager|research officer",
        roles: """
            Research Project Manager|Grant Manager|Research Officer|Project Officer
            Scientific Coordinator
            """,
        topics: """
            research and innovation funding|Horizon Europe proposals|open science
            technology transfer|research infrastructures
            """,
        skills: "Funding & Tenders Portal|SyGMa|Compass Corporate|Zotero|MS Project",
        fields: """
            S:Physics|S:Chemistry|S:Biology|S:Mathematics|A:Sociology|S:Environmental Science
            """,
        castProfiles: "Research|Project/Programme Management|Administration/Finance",
        bullets: [
            "Managed a portfolio of {n} Horizon Europe grants worth {eur}.",
            "Coordinated {n} successful proposals, with a success rate of {pct}%.",
            "Ran the project reviews and technical meetings of {aprogramme} consortium.",
            "Drafted the data management plan and the open science policy of {org}.",
            "Negotiated licence agreements for {n} patents with industry partners.",
            "Organised the {city} research infrastructure days for {big} participants.",
            "Monitored deliverables, milestones and risks of {n} research projects.",
            "Advised {people} principal investigators on ethics and data protection requirements.",
        ])

    static let softwareEngineering = DemoDomain(
        "software-engineering",
        professions: "software engineer|solution architect|IT project manager",
        roles: """
            Software Engineer|Senior Developer|Solution Architect|IT Project Manager|Scrum Master
            DevOps Engineer
            """,
        topics: """
            software development|cloud migration|interoperability|DevOps|digital public services
            """,
        skills: """
            Java|Spring Boot|Angular|TypeScript|Kubernetes|Docker|PostgreSQL|Git|Terraform|Swift|C#
            """,
        fields: """
            S:Computer Science|S:Information Systems|S:Telecommunications Engineering|S:Mathematics
            """,
        castProfiles: "Information and Communication Technology|Technical support",
        bullets: [
            "Developed the {case management|grant management|document registration} system used by {big} staff.",
            "Migrated {n} applications to the cloud, cutting hosting costs by {pct}%.",
            "Set up continuous integration and delivery pipelines for {n} teams.",
            "Designed APIs aligned with the European Interoperability Framework for {topic}.",
            "Led a team of {people} developers working in two-week sprints.",
            "Introduced automated testing and raised test coverage to {pct}%.",
            "Coordinated the once-only technical system connection of {n} national registries.",
            "Supported the digital transformation of {org} by rebuilding its citizen portal.",
        ])

    static let spatialPlanning = DemoDomain(
        "spatial-planning",
        professions: "spatial planner|GIS analyst|urban planner",
        roles: """
            Spatial Planner|GIS Analyst|Urban Planner|Planning Officer|Cartographer
            """,
        topics: """
            spatial planning|land-use monitoring|INSPIRE data|urban regeneration|housing policy
            """,
        skills: "ArcGIS|QGIS|PostGIS|FME|AutoCAD|INSPIRE|GeoServer",
        fields: """
            S:Spatial Planning|S:Urban Planning|A:Geography|S:Geoinformatics|S:Architecture
            """,
        castProfiles: "Research|Technical support|Project/Programme Management",
        bullets: [
            "Prepared the land-use plan of {city} for {big} hectares.",
            "Published {n} INSPIRE-compliant datasets on the national geoportal.",
            "Analysed urban sprawl with Copernicus land monitoring data for {n} regions.",
            "Coordinated the regeneration of the {city} port area with {n} stakeholders.",
            "Built a 3D city model of {city} for planning consultations.",
            "Drafted the housing strategy chapter on {topic}.",
            "Trained {people} municipal planners in QGIS and open geodata.",
            "Represented {org} in the URBACT network on {topic}.",
        ])

    static let civilProtection = DemoDomain(
        "civil-protection",
        professions: """
            civil protection officer|humanitarian aid officer|emergency planner
            """,
        roles: """
            Civil Protection Officer|Humanitarian Aid Officer|Emergency Planner|Field Coordinator
            Duty Officer
            """,
        topics: """
            civil protection|humanitarian aid|disaster preparedness|emergency logistics
            crisis management
            """,
        skills: "Copernicus EMS|CECIS|Kobo Toolbox|ArcGIS|MS Excel (advanced)",
        fields: """
            A:International Relations|A:Public Administration|S:Environmental Science|A:Geography
            S:Public Health
            """,
        castProfiles: "Political Affairs/EU Policies|Project/Programme Management",
        bullets: [
            "Coordinated {n} deployments of the Union Civil Protection Mechanism from the ERCC.",
            "Managed humanitarian aid contracts worth {eur} in {n} countries.",
            "Drafted the regional emergency plan for {city}, tested in {n} exercises.",
            "Organised the logistics of {big} tonnes of relief items after the floods.",
            "Trained {people} volunteers in disaster preparedness and first aid.",
            "Liaised with {n} partner organisations during the wildfire season.",
            "Evaluated {n} prevention and preparedness projects under the UCPM.",
            "Wrote situation reports and briefings for the {Director|Head of Unit|Commissioner's cabinet}.",
        ])

    static let agriFood = DemoDomain(
        "agri-food",
        professions: """
            agricultural policy officer|rural development expert|food safety officer
            """,
        roles: """
            Agricultural Policy Officer|Rural Development Officer|Food Safety Officer
            Project Manager|Agronomist
            """,
        topics: """
            the Common Agricultural Policy|rural development|food safety|organic farming
            precision farming
            """,
        skills: "IACS|LPIS|QGIS|R|SAS|MS Excel (advanced)",
        fields: "S:Agronomy|S:Economics|S:Biology|S:Environmental Science|S:Chemistry",
        castProfiles: "Political Affairs/EU Policies|Research|Economics",
        bullets: [
            "Assessed {n} CAP strategic plan amendments and eco-scheme designs.",
            "Managed the LEADER programme for {n} local action groups.",
            "Carried out {n} food safety inspections and audits of control systems.",
            "Coordinated a pilot on precision farming with {n} farms near {city}.",
            "Analysed farm income data for {n} regions.",
            "Drafted the rural development chapter on {topic}.",
            "Organised field visits for {big} farmers on soil health and water use.",
            "Represented {org} in the EIP-AGRI focus group on {topic}.",
        ])

    static let digitalSkills = DemoDomain(
        "digital-skills",
        professions: """
            education policy officer|digital skills trainer|learning designer
            """,
        roles: """
            Education Policy Officer|Training Manager|Learning Designer|Project Officer
            Programme Manager
            """,
        topics: """
            digital skills|vocational training|Erasmus+ mobility|adult learning|digital education
            """,
        skills: "Moodle|Articulate 360|EU Learn|H5P|Canva|MS Teams",
        fields: """
            A:Education Sciences|A:Psychology|A:Sociology|A:Communication Studies|A:European Studies
            """,
        castProfiles: """
            Political Affairs/EU Policies|Project/Programme Management|Communication
            """,
        bullets: [
            "Managed {n} Erasmus+ partnerships on {topic} worth {eur}.",
            "Designed online courses taken by {big} learners across {n} countries.",
            "Coordinated the national coalition for digital skills and jobs.",
            "Drafted the digital education action plan chapter on {topic}.",
            "Trained {people} teachers in blended learning methods.",
            "Evaluated the impact of {n} vocational training schemes on employment.",
            "Organised the European Vocational Skills Week events in {city}.",
            "Supported the digital transformation of {n} adult learning centres.",
        ])

    // MARK: Without a university degree

    static let administrativeSupport = DemoDomain(
        "administrative-support",
        professions: "administrative assistant|office manager|secretary",
        roles: """
            Administrative Assistant|Secretary|Office Manager|Team Assistant
            Document Management Officer
            """,
        topics: """
            document management|meeting organisation|mission planning|office administration
            correspondence
            """,
        skills: "ARES|MIPS|SYSPER|MS Office|Outlook|Decide",
        fields: """
            V:Secretarial Studies|V:Office Administration|V:Legal Assistance|V:Tourism Management
            """,
        castProfiles: """
            Secretaries/Clerks|Administrative support|Manual and administrative support workers
            """,
        bullets: [
            "Registered and filed {big} documents a year in ARES.",
            "Organised {n} meetings and events a month, including travel and catering.",
            "Prepared mission orders and reimbursement claims for {people} colleagues in MIPS.",
            "Managed the agenda of the {Director|Head of Unit|Mayor|Managing Director}.",
            "Handled incoming correspondence and drafted replies in {two|three|four} languages.",
            "Kept the team's intranet pages and contact lists up to date.",
            "Supported the move to electronic signatures, part of the digital transformation of the office.",
            "Coordinated the logistics of the {city} office move for {people} staff.",
        ])

    static let itSupport = DemoDomain(
        "it-support",
        professions: "IT support technician|service desk agent|system administrator",
        roles: """
            IT Support Technician|Service Desk Agent|System Administrator|Network Technician
            IT Assistant
            """,
        topics: """
            IT support|network administration|device management|service desk operations
            user onboarding
            """,
        skills: """
            ServiceNow|Active Directory|Intune|Windows Server|Linux|Cisco IOS|PowerShell
            """,
        fields: "V:Network Technology|V:Web Development|V:Electrical Installation",
        castProfiles: "Technical support|Information and Communication Technology",
        bullets: [
            "Resolved {big} service desk tickets a year with a first-contact resolution rate of {pct}%.",
            "Deployed and configured {n} laptops a month for new staff.",
            "Maintained the local network and video-conference rooms of the {city} office.",
            "Wrote {n} knowledge-base articles for recurring user issues.",
            "Migrated {people} teams to the new collaboration platform.",
            "Managed the inventory of {big} IT assets.",
            "Supported users during the roll-out of multi-factor authentication.",
            "Coordinated on-site interventions with {n} external suppliers.",
        ])

    static let financialAssistance = DemoDomain(
        "financial-assistance",
        professions: "financial assistant|accounting clerk|bookkeeper",
        roles: """
            Financial Assistant|Accounting Clerk|Bookkeeper|Payments Officer|Finance Assistant
            """,
        topics: """
            invoice processing|payments|bookkeeping|expense claims|financial files
            """,
        skills: "ABAC|SUMMA|SAP|MS Excel|Speedwell|Sage",
        fields: "V:Bookkeeping|V:Office Administration|V:Logistics",
        castProfiles: "Financial assistants|Administrative support|Secretaries/Clerks",
        bullets: [
            "Processed {big} invoices a year within the legal payment deadlines.",
            "Encoded commitments and payments in ABAC for {n} budget lines.",
            "Checked {n} expense claims a month against the applicable rules.",
            "Prepared the financial files for signature by the authorising officer.",
            "Reconciled supplier accounts and chased {n} overdue invoices.",
            "Supported the year-end closure and the inventory of fixed assets.",
            "Kept the contract database of the {city} office up to date.",
            "Helped move paper files to electronic workflows, part of the digital transformation of the unit.",
        ])
}
