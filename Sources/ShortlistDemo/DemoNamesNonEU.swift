import Foundation
import ShortlistCore

/// Name pools of candidates from outside the Union (they apply, and the nationality rule
/// must say no to them).
extension DemoNamePool {
    static let ukrainian = DemoNamePool(
        .ukrainian, language: "uk",
        female: """
            Олена|Оксана|Наталія|Ірина|Юлія|Тетяна|Анастасія|Катерина|Марія|Софія|Дарина|Ганна
            Вікторія|Євгенія
            """,
        male: """
            Олександр|Андрій|Дмитро|Сергій|Володимир|Іван|Максим|Тарас|Богдан|Юрій|Олег|Михайло
            Ярослав|Євген
            """,
        surnames:
            """
            Шевченко|Коваленко|Бондаренко|Ткаченко|Кравченко|Олійник|Мельник|Шевчук|Поліщук|Бойко
            Ткачук|Савченко|Руденко|Марченко|Лисенко|Мороз|Павленко|Кузьменко|Петренко|Ковальчук
            Гнатюк|Левченко|Ковальський/Ковальська|Яковенко|Гончаренко
            """,
        secondGivenPerMille: 0)

    static let serbian = DemoNamePool(
        .serbian, language: "sr",
        female: """
            Милица|Јелена|Ана|Марија|Јована|Драгана|Ивана|Тијана|Љиљана|Невена|Софија|Катарина
            """,
        male: """
            Марко|Никола|Стефан|Лазар|Немања|Милош|Душан|Александар|Ђорђе|Вук|Бранко|Огњен
            """,
        surnames:
            """
            Јовановић|Петровић|Николић|Марковић|Ђорђевић|Стојановић|Илић|Станковић|Павловић|Поповић
            Живковић|Томић|Ђурић|Костић|Пешић|Љубичић|Јанковић|Милићевић
            """,
        secondGivenPerMille: 0)

    static let swissGerman = DemoNamePool(
        language: "de",
        female: """
            Anna|Laura|Sarah|Lea|Nina|Andrea|Regula|Corinne|Barbara|Simone|Fabienne|Rahel|Seraina
            Nicole
            """,
        male: """
            Daniel|Thomas|Martin|Reto|Urs|Beat|Lukas|Simon|Adrian|Marco|Stefan|Fabian|Jonas|Dominik
            """,
        surnames:
            """
            Müller|Meier|Schmid|Keller|Weber|Huber|Schneider|Steiner|Gerber|Brunner|Baumann|Frei
            Moser|Widmer|Wyss|Graf|Maurer|Bühler|Zürcher|Käser|Lüthi|Gfeller
            """,
        secondGivenPerMille: 30)

    static let swissFrench = DemoNamePool(
        language: "fr",
        female: """
            Léa|Chloé|Mélanie|Sandrine|Aline|Valérie|Joëlle|Noémie|Fanny|Laure|Sylvie|Coralie
            """,
        male: """
            Julien|Yves|Cédric|Nicolas|Grégoire|Raphaël|Pascal|Sylvain|Loïc|Alain|Thierry|Vincent
            """,
        surnames:
            """
            Favre|Rochat|Berset|Bonvin|Rey|Perrin|Dubois|Chappuis|Aubert|Mottier|Délèze|Clerc
            Monnier|Jaquier|Cuénod|Bovet
            """,
        secondGivenPerMille: 30)

    static let norwegian = DemoNamePool(
        language: "no",
        female: """
            Ingrid|Kari|Solveig|Sigrid|Åse|Marit|Ragnhild|Nora|Ingeborg|Tone|Silje|Ida|Hilde|Tuva
            """,
        male: """
            Ole|Lars|Knut|Håkon|Bjørn|Eirik|Sindre|Magnus|Øyvind|Sigurd|Kjetil|Anders|Torbjørn|Espen
            """,
        surnames:
            """
            Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Berg
            Haugen|Hagen|Dahl|Jørgensen|Halvorsen|Lund|Sørensen|Solberg|Bakken|Strøm|Kvåle|Økland
            Aasen
            """,
        secondGivenPerMille: 60)

    static let american = DemoNamePool(
        language: "en",
        female:
            """
            Jennifer|Emily|Sarah|Jessica|Ashley|Megan|Rachel|Lauren|Hannah|Olivia|Madison|Kimberly
            Brittany|Danielle
            """,
        male:
            """
            Michael|David|James|Robert|Christopher|Daniel|Matthew|Andrew|Joshua|Ryan|Tyler|Brandon
            Kevin|Justin
            """,
        surnames:
            """
            Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Rodriguez|Wilson|Anderson|Taylor
            Thompson|Harris|Clark|Lewis|Walker|O'Neill|O'Connor|Nguyen|Kim|Patel|Cohen|Goldberg
            Kowalski|DeLuca|Washington
            """,
        secondGivenPerMille: 20)

    static let british = DemoNamePool(
        language: "en",
        female:
            """
            Olivia|Emily|Charlotte|Sophie|Hannah|Eleanor|Lucy|Rhiannon|Isla|Freya|Harriet|Imogen
            Siân|Ffion
            """,
        male: """
            Oliver|Harry|George|Jack|William|Thomas|James|Callum|Rhys|Angus|Hamish|Alistair|Dafydd
            Owen
            """,
        surnames:
            """
            Smith|Jones|Taylor|Brown|Williams|Wilson|Davies|Patel|Robinson|Wright|Evans|Walker
            Roberts|Green|Hughes|Campbell|MacDonald|Llewellyn|McGregor|Fraser|Ap Rhys|Cholmondeley
            Featherstonehaugh|Khan
            """,
        secondGivenPerMille: 80)

    static let turkish = DemoNamePool(
        language: "tr",
        female: """
            Ayşe|Fatma|Zeynep|Elif|Emine|Merve|Büşra|Selin|Gülşen|Özlem|Ebru|Derya|İpek|Şule
            """,
        male: """
            Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Emre|Murat|Burak|Oğuz|Çağrı|Kerem|Serkan|İbrahim|Uğur
            """,
        surnames:
            """
            Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç
            Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Güneş|Aksoy
            """,
        secondGivenPerMille: 30)

    static let chinese = DemoNamePool(
        .chinese, language: "zh",
        female: "芳|娜|敏|静|丽|秀英|婷|雪|慧|玲|佳怡|欣怡|晓梅",
        male: "伟|强|磊|军|洋|勇|杰|涛|明|浩然|子轩|俊杰|建华|志明",
        surnames: "王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|林|高|罗",
        secondGivenPerMille: 0)

    static let japanese = DemoNamePool(
        .japanese, language: "ja",
        female: "陽子|花子|美咲|さくら|結衣|愛|由美|恵|直美|千尋",
        male: "太郎|健太|翔|大輔|拓也|健一|誠|直樹|浩二|悠斗",
        surnames: "佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|山田|吉田|山口|松本|井上|木村|清水",
        secondGivenPerMille: 0)
}
