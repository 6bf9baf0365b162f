import Foundation
import ShortlistCore

/// Profiles whose CVs show the call's desired criteria: AI fundamentals, and having led AI or
/// Digital Twin initiatives. Every topic and bullet names AI, machine learning or digital twins.
extension DemoDomain {
    static let aiPolicy = DemoDomain(
        "ai-policy", evidence: true,
        professions: """
            policy officer|digital policy analyst|AI policy adviser|legal and policy officer
            """,
        roles: """
            Policy Officer|Policy Analyst|Senior Policy Adviser|Legal and Policy Officer
            Head of Sector
            """,
        topics: """
            artificial intelligence (AI)|trustworthy AI|the AI Act|AI governance|AI standards
            AI in the public sector
            """,
        skills: """
            EUR-Lex|Python (basic)|Elements of AI (certificate)|Power BI|Jira
            Better Regulation toolbox
            """,
        fields: """
            L:Law|A:Political Science|S:Computer Science|A:European Studies
            S:Artificial Intelligence|S:Cognitive Science|A:Philosophy
            """,
        castProfiles: """
            Political Affairs/EU Policies|Law|Information and Communication Technology
            """,
        bullets: [
            "Drafted guidance on trustworthy AI and the AI Act for public administrations, including a risk classification of {n} use cases.",
            "Led the national working group on artificial intelligence in public services, bringing together {n} ministries and agencies.",
            "Coordinated the AI regulatory sandbox pilot with {n} start-ups and the national data protection authority.",
            "Prepared briefings on AI fundamentals (machine learning, foundation models, data quality) for senior management.",
            "Represented {org} in the European AI Alliance and in expert groups on artificial intelligence.",
            "Organised {n} workshops on AI literacy for {big} civil servants in {city} and online.",
            "Led the impact assessment of AI-based decision support in {n} public bodies.",
            "Drafted the {national|regional|municipal} AI strategy, adopted in {year} after consulting {n} stakeholder groups.",
            "Coordinated the consultation on codes of practice for general-purpose AI, analysing {big} contributions.",
            "Steered the AI Watch {country report|landscape study} together with colleagues from the Joint Research Centre.",
        ])

    static let machineLearning = DemoDomain(
        "machine-learning", evidence: true,
        professions: """
            data scientist|machine learning engineer|research engineer|AI researcher
            """,
        roles: """
            Data Scientist|Machine Learning Engineer|Senior Data Scientist|Research Engineer
            Lead Data Scientist|Postdoctoral Researcher
            """,
        topics: """
            machine learning|deep learning|explainable AI|AI for Earth observation
            natural language processing with machine learning|MLOps for AI systems
            """,
        skills: """
            Python|PyTorch|scikit-learn|TensorFlow|Hugging Face Transformers|SQL|Docker|Kubernetes
            MLflow|R|Apache Spark
            """,
        fields: """
            S:Computer Science|S:Data Science|S:Artificial Intelligence|S:Mathematics|S:Statistics
            S:Physics|S:Electrical Engineering
            """,
        castProfiles: "Information and Communication Technology|Research|Economics",
        bullets: [
            "Developed machine learning models to forecast {energy demand|traffic flows|hospital admissions|water consumption|air quality}, improving accuracy by {pct}%.",
            "Led a team of {people} data scientists building machine learning pipelines for {org}.",
            "Trained and evaluated deep learning models on {n} million satellite images for land-use classification.",
            "Introduced MLOps practices for AI systems (model registry, monitoring, bias tests), cutting deployment time by {pct}%.",
            "Taught an introductory course on machine learning fundamentals to {big} colleagues.",
            "Co-authored {n} papers on explainable AI for public-sector decision support.",
            "Led the evaluation of large language models for summarising {legislation|citizen complaints|consultation replies} in {n} languages.",
            "Built a machine learning classifier that routes {big} incoming requests a month to the right team.",
            "Coordinated the AI work package of {aprogramme} project with {n} partners.",
            "Benchmarked {n} open-source AI models against fairness, robustness and energy-efficiency criteria.",
        ])

    static let digitalTwins = DemoDomain(
        "digital-twins", evidence: true,
        professions: """
            smart city project manager|urban data specialist|digital twin architect
            geospatial engineer
            """,
        roles: """
            Project Manager|Digital Twin Lead|Urban Data Officer|Solution Architect
            Programme Coordinator|GIS Engineer
            """,
        topics: """
            Local Digital Twins|urban digital twins|digital twins of cities|digital twin platforms
            Digital Twin pilots for climate resilience
            """,
        skills: """
            CityGML|FIWARE|NGSI-LD|Cesium|Unity|ArcGIS|QGIS|PostgreSQL/PostGIS|Python|Blender
            """,
        fields: """
            S:Urban Planning|S:Geoinformatics|S:Civil Engineering|S:Computer Science|S:Architecture
            S:Spatial Planning
            """,
        castProfiles: """
            Project/Programme Management|Information and Communication Technology|Research
            """,
        bullets: [
            "Led the Local Digital Twin pilot for {city}, integrating traffic, air-quality and energy data from {n} sources.",
            "Coordinated {aprogramme} project on digital twins of cities with {n} partners and a budget of {eur}.",
            "Designed the data model, APIs and validation rules for a digital twin of the {city} {water network|tram network|port|district heating network}.",
            "Chaired the technical committee of the {city} urban digital twin, aligning {n} municipal departments.",
            "Led the procurement and roll-out of a 3D city model and digital twin platform ({eur}).",
            "Contributed to the EU Local Digital Twins toolbox and to the Living-in.EU technical specifications for digital twins.",
            "Ran {n} co-creation sessions with citizens to test flood scenarios in the {city} digital twin.",
            "Set up the interoperability layer (NGSI-LD, CityGML) connecting the regional digital twin to {n} municipal data platforms.",
            "Steered the Digital Twin working group of {n} cities under the Intelligent Cities Challenge.",
        ])

    static let aiDisasterResponse = DemoDomain(
        "ai-disaster", evidence: true,
        professions: """
            civil protection expert|disaster risk analyst|emergency management specialist
            """,
        roles: """
            Disaster Risk Analyst|Project Coordinator|Emergency Management Officer|Research Fellow
            Programme Manager
            """,
        topics: """
            AI for disaster response|AI-based early warning|machine learning for crisis mapping
            AI for wildfire detection
            """,
        skills: "Copernicus EMS|QGIS|Python|Google Earth Engine|PyTorch|ArcGIS|INSPIRE",
        fields: """
            S:Environmental Science|A:Geography|S:Geoinformatics|S:Computer Science
            S:Civil Engineering|A:Public Administration
            """,
        castProfiles: """
            Project/Programme Management|Research|Political Affairs/EU Policies
            """,
        bullets: [
            "Coordinated an EU-funded project on AI for disaster response, linking {n} civil protection authorities.",
            "Led the development of a machine learning early-warning system for floods in the {Danube|Rhine|Po|Ebro|Vistula|Tagus} basin.",
            "Managed the integration of AI-based damage assessment from satellite imagery into the {city} emergency centre.",
            "Led a cross-border exercise testing AI tools for wildfire detection with {n} fire brigades.",
            "Drafted operational guidelines on the responsible use of artificial intelligence in emergency communication.",
            "Coordinated the Copernicus-based machine learning pipeline delivering crisis maps within {n} hours.",
            "Trained {big} first responders in the use of AI-supported situational awareness tools.",
            "Led the evaluation of {n} AI prototypes for search-and-rescue drones with {org}.",
        ])

    static let aiPublicServices = DemoDomain(
        "ai-public-services", evidence: true,
        professions: """
            digital government officer|eHealth project manager|public-sector innovation manager
            """,
        roles: """
            Innovation Manager|Project Manager|Digital Services Lead|Head of Digital Innovation
            Policy Officer
            """,
        topics: """
            AI in public services|AI in healthcare|AI-enabled eGovernment
            human-centric artificial intelligence
            """,
        skills: "Python (basic)|Power BI|Jira|Miro|UX research|Figma|SQL",
        fields: """
            A:Public Administration|S:Public Health|S:Computer Science|B:Business Administration
            A:Sociology|S:Artificial Intelligence
            """,
        castProfiles: """
            Project/Programme Management|Political Affairs/EU Policies
            Information and Communication Technology
            """,
        bullets: [
            "Led the deployment of an AI assistant answering {big} citizen queries a month for {org}.",
            "Coordinated the evaluation of AI tools for medical imaging in {n} hospitals.",
            "Led a team of {people} that introduced machine learning triage of {benefit claims|building permits|subsidy applications}, cutting waiting times by {pct}%.",
            "Drafted the AI ethics checklist used by {n} municipalities before buying AI systems.",
            "Managed {aprogramme} pilot on artificial intelligence for {social services|public employment services|tax administration} in {city}.",
            "Coordinated a network of {n} regions exchanging good practices on AI in public administrations.",
            "Set up the algorithm register and AI transparency notices of {city}.",
            "Led the AI procurement working group, drafting model clauses used by {n} contracting authorities.",
        ])

    /// One line a CV of another domain gains when its author also studied or used AI, or led a
    /// Digital Twin or AI pilot on the side; it makes that CV evidence too.
    static let evidenceAddOns = DemoTemplate.list([
        "Completed the \"Elements of AI\" course and introduced colleagues to AI fundamentals relevant to {topic}.",
        "Took part in the working group on artificial intelligence, assessing {n} AI use cases for {topic}.",
        "Followed a university course on machine learning fundamentals (certificate, {year}).",
        "Led a small pilot using machine learning to classify incoming requests on {topic}, saving {pct}% of screening time.",
        "Coordinated the unit's contribution to the Local Digital Twin initiative of {city}.",
        "Led the {city} digital twin pilot on {topic}, with {n} municipal departments.",
        "Led an internal task force on generative AI for drafting and translation, with {people} volunteers.",
    ])
}
