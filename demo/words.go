package demo

// The words demo text is made of: topics, companies, places and people in
// English, Japanese and Thai. Weights make some topics common and some rare,
// as they are in a real log, so that searches for either can be measured.

// topic is a subject of an entry, in the three languages, with how often it
// comes up relative to the others.
type topic struct {
	en, ja, th string
	weight     float64
}

var topics = []topic{
	{"wage negotiations", "賃金交渉", "การเจรจาค่าจ้าง", 30},
	{"the annual bonus", "一時金", "โบนัสประจำปี", 18},
	{"occupational safety and health", "労働安全衛生", "ความปลอดภัยและอาชีวอนามัย", 22},
	{"working hours and overtime", "労働時間と時間外労働", "ชั่วโมงทำงานและการทำงานล่วงเวลา", 16},
	{"temporary and contract workers", "非正規・派遣労働者", "ลูกจ้างชั่วคราวและแรงงานเหมาค่าแรง", 14},
	{"renewing the collective agreement", "労働協約の改定", "การต่ออายุข้อตกลงเกี่ยวกับสภาพการจ้าง", 15},
	{"the labour-management consultation system", "労使協議制", "ระบบการหารือระหว่างนายจ้างและลูกจ้าง", 20},
	{"human rights due diligence", "人権デューデリジェンス", "การตรวจสอบด้านสิทธิมนุษยชน", 12},
	{"the supply chain", "サプライチェーン", "ห่วงโซ่อุปทาน", 11},
	{"freedom of association", "結社の自由", "เสรีภาพในการสมาคม", 8},
	{"union recognition", "組合の承認", "การรับรองสหภาพแรงงาน", 6},
	{"the dismissal of union officers", "組合役員の解雇", "การเลิกจ้างกรรมการสหภาพ", 3},
	{"a plant closure", "工場閉鎖", "การปิดโรงงาน", 2},
	{"electrification and the EV transition", "電動化・EVシフト", "การเปลี่ยนผ่านสู่รถยนต์ไฟฟ้า", 10},
	{"skills training", "技能訓練", "การฝึกอบรมทักษะ", 9},
	{"carbon neutrality", "カーボンニュートラル", "ความเป็นกลางทางคาร์บอน", 5},
	{"migrant workers", "移住労働者", "แรงงานข้ามชาติ", 4},
	{"gender equality", "ジェンダー平等", "ความเท่าเทียมทางเพศ", 4},
	{"youth members", "青年組合員", "สมาชิกรุ่นใหม่", 3},
	{"the minimum wage", "最低賃金", "ค่าจ้างขั้นต่ำ", 7},
	{"a strike notice", "スト通告", "การแจ้งนัดหยุดงาน", 1.5},
	{"the grievance procedure", "苦情処理手続き", "กระบวนการร้องทุกข์", 3},
	{"the housing allowance", "住宅手当", "ค่าเช่าบ้าน", 1.2},
	{"heat stress on the line", "ライン職場の熱中症対策", "ความร้อนในสายการผลิต", 1.5},
	{"production cuts", "減産", "การลดกำลังการผลิต", 3},
	{"the semiconductor shortage", "半導体不足", "การขาดแคลนเซมิคอนดักเตอร์", 1},
	{"pandemic measures", "感染症対策", "มาตรการโรคระบาด", 1.5},
	{"pensions", "年金", "บำเหน็จบำนาญ", 1},
	{"the shift allowance", "交替手当", "ค่ากะ", 1},
	{"ergonomics", "人間工学", "การยศาสตร์", 0.15},
	{"the foundry", "鋳造工程", "งานหล่อโลหะ", 0.1},
	{"forced labour", "強制労働", "แรงงานบังคับ", 0.4},
	{"child labour", "児童労働", "แรงงานเด็ก", 0.05},
	{"the works council", "事業所委員会", "คณะกรรมการลูกจ้าง", 1},
	{"ILO conventions 87 and 98", "ILO第87号・第98号条約", "อนุสัญญา ILO ฉบับที่ 87 และ 98", 1},
	{"mental health", "メンタルヘルス", "สุขภาพจิต", 1},
	{"handing over to new union officers", "役員の世代交代", "การส่งต่องานให้กรรมการชุดใหม่", 0.8},
	{"a membership drive", "組織拡大", "การขยายฐานสมาชิก", 2},
	{"union dues", "組合費", "ค่าบำรุงสหภาพ", 0.6},
	{"whistleblowing", "内部通報", "การแจ้งเบาะแส", 0.03},
}

// company is a Japanese automobile maker or supplier with plants abroad:
// its name in English and in Japanese, the reading of that, and a short
// code.
type company struct{ en, ja, yomi, short string }

var companies = []company{
	{"Toyota", "トヨタ", "とよた", "TOY"}, {"Honda", "ホンダ", "ほんだ", "HON"}, {"Nissan", "日産", "にっさん", "NIS"},
	{"Mazda", "マツダ", "まつだ", "MAZ"}, {"Subaru", "スバル", "すばる", "SUB"}, {"Suzuki", "スズキ", "すずき", "SUZ"},
	{"Mitsubishi Motors", "三菱自動車", "みつびしじどうしゃ", "MMC"}, {"Isuzu", "いすゞ", "いすず", "ISU"},
	{"Hino", "日野", "ひの", "HIN"}, {"Daihatsu", "ダイハツ", "だいはつ", "DAI"},
	{"Yamaha Motor", "ヤマハ発動機", "やまははつどうき", "YAM"}, {"Denso", "デンソー", "でんそー", "DEN"},
	{"Aisin", "アイシン", "あいしん", "AIS"}, {"Toyota Boshoku", "トヨタ紡織", "とよたぼうしょく", "TBK"},
	{"Yazaki", "矢崎", "やざき", "YAZ"}, {"Sumitomo Wiring Systems", "住友電装", "すみともでんそう", "SWS"},
	{"Bridgestone", "ブリヂストン", "ぶりぢすとん", "BRI"}, {"JTEKT", "ジェイテクト", "じぇいてくと", "JTK"},
	{"NHK Spring", "日本発条", "にっぽんはつじょう", "NHK"}, {"Musashi Seimitsu", "武蔵精密", "むさしせいみつ", "MUS"},
	{"Tokai Rika", "東海理化", "とうかいりか", "TRK"}, {"Koito", "小糸", "こいと", "KOI"},
	{"Stanley Electric", "スタンレー電気", "すたんれーでんき", "STE"}, {"Exedy", "エクセディ", "えくせでぃ", "EXE"},
	{"F.C.C.", "エフ・シー・シー", "えふしーしー", "FCC"}, {"Toyoda Gosei", "豊田合成", "とよだごうせい", "TGO"},
	{"Hitachi Astemo", "日立Astemo", "ひたちあすても", "HAS"}, {"Kayaba", "カヤバ", "かやば", "KYB"},
}

// country is where partners are, how many of them are there (weight), and
// the plant towns entries name.
type country struct {
	code   string
	weight float64
	towns  []string
}

// The 40 countries of the seed, weighted by how many partners JAW has in
// them. Thai towns are in Thai, for Thai-language entries, after the
// English ones.
var countries = []country{
	{"TH", 14, []string{"Samut Prakan", "Chachoengsao", "Rayong", "Chonburi", "Ayutthaya", "Prachinburi"}},
	{"ID", 10, []string{"Karawang", "Bekasi", "Cikarang", "Purwakarta", "Sunter", "Surabaya"}},
	{"IN", 9, []string{"Chennai", "Pune", "Gurugram", "Bidadi", "Manesar", "Sanand"}},
	{"MX", 7, []string{"Aguascalientes", "Celaya", "Silao", "Salamanca", "Apaseo", "Monterrey"}},
	{"US", 7, []string{"Georgetown", "Marysville", "Smyrna", "Canton", "Lincoln", "Princeton"}},
	{"CN", 7, []string{"Guangzhou", "Tianjin", "Wuhan", "Changchun", "Chengdu", "Foshan"}},
	{"VN", 4, []string{"Vinh Phuc", "Hai Duong", "Hanoi", "Ho Chi Minh City"}},
	{"MY", 4, []string{"Shah Alam", "Rawang", "Pekan", "Serendah"}},
	{"PH", 4, []string{"Santa Rosa", "Laguna", "Batangas", "Cebu"}},
	{"BR", 3, []string{"Sorocaba", "Indaiatuba", "Sumaré", "Resende"}},
	{"JP", 3, []string{"Toyota City", "Hamamatsu", "Hiroshima", "Yokohama"}},
	{"KR", 2, []string{"Ulsan", "Changwon", "Asan"}},
	{"TW", 2, []string{"Zhongli", "Taoyuan", "Kaohsiung"}},
	{"TR", 2, []string{"Sakarya", "Gebze", "Bursa"}},
	{"CA", 2, []string{"Cambridge", "Alliston", "Woodstock"}},
	{"GB", 2, []string{"Derby", "Sunderland", "Swindon"}},
	{"CZ", 1.5, []string{"Kolín", "Liberec", "Ostrava"}},
	{"PL", 1.5, []string{"Wałbrzych", "Jelcz-Laskowice", "Wrocław"}},
	{"DE", 1.2, []string{"Cologne", "Düsseldorf", "Munich"}},
	{"FR", 1.2, []string{"Valenciennes", "Onnaing", "Paris"}},
	{"ES", 1, []string{"Barcelona", "Ávila", "Valencia"}},
	{"IT", 0.8, []string{"Turin", "Milan", "Bologna"}},
	{"HU", 1, []string{"Esztergom", "Budapest", "Győr"}},
	{"RO", 0.8, []string{"Pitești", "Timișoara", "Arad"}},
	{"SK", 0.8, []string{"Trnava", "Nitra", "Žilina"}},
	{"PT", 0.6, []string{"Ovar", "Tramagal", "Lisbon"}},
	{"AR", 1, []string{"Zárate", "Campana", "Córdoba"}},
	{"KH", 1, []string{"Phnom Penh", "Koh Kong", "Bavet"}},
	{"LA", 0.6, []string{"Vientiane", "Savannakhet", "Pakse"}},
	{"BD", 1, []string{"Dhaka", "Chattogram", "Gazipur"}},
	{"PK", 1, []string{"Karachi", "Lahore", "Sheikhupura"}},
	{"LK", 0.6, []string{"Colombo", "Katunayake", "Biyagama"}},
	{"NP", 0.4, []string{"Kathmandu", "Birgunj", "Hetauda"}},
	{"MV", 0.2, []string{"Malé", "Hulhumalé", "Addu"}},
	{"SG", 0.8, []string{"Singapore", "Jurong", "Tuas"}},
	{"JO", 0.4, []string{"Amman", "Zarqa", "Irbid"}},
	{"FJ", 0.3, []string{"Suva", "Lautoka", "Nadi"}},
	{"WS", 0.2, []string{"Apia", "Vaitele", "Faleolo"}},
	{"NZ", 0.4, []string{"Auckland", "Wellington", "Christchurch"}},
	{"CH", 0.5, []string{"Geneva", "Zurich", "Bern"}},
}

// thaiTowns are the Thai towns as Thai entries write them.
var thaiTowns = map[string]string{
	"Samut Prakan": "สมุทรปราการ", "Chachoengsao": "ฉะเชิงเทรา", "Rayong": "ระยอง",
	"Chonburi": "ชลบุรี", "Ayutthaya": "อยุธยา", "Prachinburi": "ปราจีนบุรี",
}

// staffNames are the bureau's staff, romanised as they log in.
var staffNames = []string{"sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura",
	"kobayashi", "kato", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi",
	"shimizu", "yamazaki", "mori", "abe", "ikeda", "hashimoto", "yamashita", "ishikawa", "nakajima", "maeda",
	"fujita", "ogawa", "goto", "okada", "hasegawa", "murakami", "kondo", "ishii", "saito", "sakamoto", "endo", "aoki"}

// people are partner officers and others named in summaries, by country;
// peopleElsewhere for the other countries. Japanese officers are named in
// Japanese text by their Japanese names.
var people = map[string][]string{
	"TH": {"Somchai", "Suda", "Wichai", "Nattaya"}, "ID": {"Arif", "Dewi", "Budi", "Siti"},
	"IN": {"Rajesh", "Priya", "Arjun", "Sunita"}, "MX": {"María", "José", "Guadalupe", "Alejandro"},
	"US": {"Linda", "Michael", "Shawn", "Karen"}, "CN": {"Wei", "Li Na", "Zhang Min"},
	"VN": {"Nguyen", "Mai", "Tuan"}, "MY": {"Farah", "Hafiz", "Aziz"}, "PH": {"Ramon", "Ana", "Jocelyn"},
	"BR": {"João", "Ana Paula", "Marcos"}, "KR": {"Min-jun", "Ji-yeon"}, "TR": {"Mehmet", "Ayşe"},
	"CZ": {"Kateřina", "Jan"}, "PL": {"Piotr", "Anna"}, "DE": {"Thomas", "Sabine"}, "GB": {"David", "Sarah"},
	"CA": {"Jerry", "Lana"}, "FR": {"Philippe", "Nadia"}, "ES": {"Carmen", "Javier"}, "AR": {"Martín", "Lucía"},
}

var peopleElsewhere = []string{"Ahmed", "Fatima", "Ravi", "Elena", "Samuel", "Grace", "Omar", "Leila"}

var peopleJP = []struct{ en, ja string }{{"Takahashi", "高橋"}, {"Kimura", "木村"}, {"Nishida", "西田"}, {"Okamoto", "岡本"}}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

// regions name conferences by region: the regions a partner's country
// holds meetings in.
type region struct{ en, ja string }

var (
	asia        = region{"Asia", "アジア"}
	asean       = region{"ASEAN", "ASEAN"}
	southAsia   = region{"South Asia", "南アジア"}
	americas    = region{"Americas", "米州"}
	europe      = region{"Europe", "欧州"}
	asiaPacific = region{"Asia-Pacific", "アジア太平洋"}
)

// regionsOf are the regions of a country's conferences; asia for one not
// listed.
var regionsOf = map[string][]region{
	"TH": {asean, asia}, "ID": {asean, asia}, "VN": {asean, asia}, "MY": {asean, asia}, "PH": {asean, asia},
	"KH": {asean, asia}, "LA": {asean, asia}, "SG": {asean, asia}, "IN": {southAsia, asia}, "BD": {southAsia, asia},
	"PK": {southAsia, asia}, "LK": {southAsia, asia}, "NP": {southAsia, asia}, "MV": {southAsia, asia},
	"MX": {americas}, "US": {americas}, "CA": {americas}, "BR": {americas}, "AR": {americas},
	"CZ": {europe}, "PL": {europe}, "DE": {europe}, "FR": {europe}, "ES": {europe}, "IT": {europe}, "HU": {europe},
	"RO": {europe}, "SK": {europe}, "PT": {europe}, "GB": {europe}, "TR": {europe}, "CH": {europe},
	"FJ": {asiaPacific}, "WS": {asiaPacific}, "NZ": {asiaPacific},
}

// Sentences of summaries. The blanks are {partner}, {topic}, {topic2},
// {town}, {company}, {companyja}, {n}, {m}, {pct}, {pct2} (above {pct}),
// {month}, {monthnum}, {monthth}, {staff}, {person}, {year}. Marks before
// a sentence: @ it speaks of a plant, its company or its members, and is
// said of unions only; + it is said of a meeting, not of
// a letter, a request or news; # it says who was there, once a summary.
var sentencesEN = []string{
	"@{partner} raised {topic} at the {town} plant; about {n} members are affected.",
	"+Both sides agreed to meet again in {month} to review progress on {topic}.",
	"@The union asked JAW for advice on {topic}, citing the {year} agreement with {company}.",
	"@Management proposed a {pct}% increase; the union's demand was {pct2}%.",
	"@JAW shared Japanese experience of {topic} and of labour-management consultation at {company}.",
	"Follow-up: {staff} will send materials on {topic} before the next meeting.",
	"@+#Present: {m} union officers led by {person}, and the JAW international affairs bureau.",
	"+The discussion also touched on {topic2}.",
	"@Local press reported tension over {topic} at {company} in {town}.",
	"@{person} explained how the union prepares members for {topic}.",
	"@The union plans a workshop on {topic2} for shop stewards in {month}.",
	"@Management at {company} {town} has not yet answered the union's letter on {topic}.",
	"JAW proposed a joint study session on {topic2} with IndustriALL.",
	"+Agreed points were recorded in the minutes and shared with {partner}.",
	"@Membership at the {town} plant stands at about {n}.",
	"@The collective agreement at {company} {town} expires in {month}.",
	"@+#{m} shop stewards joined from the {town} plant.",
	"@The union reported that {topic} remains the members' first concern.",
	"{person} briefed JAW on the national debate on {topic}.",
	"JAW explained how Japanese unions took up {topic2} in the {year} spring wage talks.",
	"Both sides will exchange written material on {topic} by the end of {month}.",
	"According to {staff}, {topic} is likely to come up again at the regional meeting.",
	"+#Present: {person} and {m} colleagues, and the JAW international affairs bureau.",
	"+The exchange was frank and friendly; no decision was needed.",
}

var sentencesJA = []string{
	"+{partner}と{topic}について意見交換を行った。",
	"@{town}工場では組合員約{n}名が影響を受けている。",
	"+次回は{monthnum}月に{topic}の進捗を確認することで合意した。",
	"@JAWからは日本の労使協議の経験と{companyja}の{topic2}の取り組みを紹介した。",
	"@経営側は{pct}％の引き上げを提示し、組合側は{pct2}％を要求している。",
	"フォローアップとして{staff}が次回までに資料を送付する。",
	"@+#組合側は{person}委員長ほか{m}名が出席した。",
	"{topic2}についても課題が共有された。",
	"@組合は{companyja}経営側に対し、{topic}に関する協議の場を求めている。",
	"今後もIndustriALLと連携して{topic}の改善を支援する。",
	"ＪＡＷ国際局として{topic}に関する情報を共有した。",
	"ｶﾞｲﾄﾞﾗｲﾝの写しを受け取った。",
	"+#先方は{person}氏ほか{m}名が出席した。",
	"{person}氏から{topic}をめぐる国内の議論について説明があった。",
	"{year}年の春闘における{topic2}の取り組みを紹介した。",
	"{monthnum}月末までに{topic}に関する資料を交換することとした。",
	"+率直で友好的な意見交換となった。",
	"@{companyja}{town}工場の労働協約は{monthnum}月に期限を迎える。",
	"@+#{town}工場から職場委員{m}名が参加した。",
	"@組合員の最大の関心は引き続き{topic}であるとの報告があった。",
}

var sentencesTH = []string{
	"+หารือกับ{partner}เรื่อง{topic}",
	"@สมาชิกสหภาพประมาณ {n} คนที่โรงงาน{town}ได้รับผลกระทบ",
	"+ทั้งสองฝ่ายตกลงจะประชุมอีกครั้งในเดือน{monthth}เพื่อติดตามเรื่อง{topic}",
	"@ฝ่ายบริหารเสนอขึ้นค่าจ้าง {pct}% ส่วนสหภาพเรียกร้อง {pct2}%",
	"JAW แบ่งปันประสบการณ์ของญี่ปุ่นเรื่อง{topic2}",
	"@+#คุณ{person}ประธานสหภาพเข้าร่วมพร้อมกรรมการ {m} คน",
	"ได้รับเอกสารเกี่ยวกับ{topic}จากคุณ{person}",
	"JAW จะส่งข้อมูลเพิ่มเติมเรื่อง{topic2}ก่อนการประชุมครั้งต่อไป",
	"+การหารือเป็นไปอย่างเป็นกันเอง",
	"@สหภาพจะจัดอบรมเรื่อง{topic2}ให้กรรมการในเดือน{monthth}",
	"@ข้อตกลงเกี่ยวกับสภาพการจ้างที่โรงงาน{town}จะหมดอายุในเดือน{monthth}",
	"คุณ{person}อธิบายสถานการณ์เรื่อง{topic}ในประเทศ",
}

var monthsTH = []string{"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
	"กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"}

// Titles by entry kind: {short} is the first partner's short name. A
// title that begins with @ is said of unions only.
var titlesEN = map[string][]string{
	"consultation":   {"Bilateral consultation with {short} on {topic}", "Consultation with {short}: {topic}"},
	"conference":     {"{region} automobile unions conference: {topic}", "IndustriALL {region} meeting on {topic}"},
	"seminar":        {"Seminar on {topic} for {short} officers", "@Training for {short} shop stewards: {topic}"},
	"visit":          {"@Visit to {short} at the {town} plant", "@Plant visit, {company} {town}, with {short}", "Visit to {short} in {town}"},
	"online_meeting": {"Online meeting with {short}: {topic}", "Video call with {short} on {topic}"},
	"correspondence": {"Letter from {short} on {topic}", "Reply to {short} on {topic}"},
	"request":        {"{short} asks for support on {topic}", "Request from {short}: {topic}"},
	"news":           {"@News: {topic} at {company} {town}", "Reported: {topic} in {town}"},
}

var titlesJA = map[string][]string{
	"consultation":   {"{short}との二国間協議（{topic}）"},
	"conference":     {"{regionja}自動車労組会議：{topic}"},
	"seminar":        {"{short}役員向け{topic}セミナー"},
	"visit":          {"@{short}・{town}工場訪問", "{short}訪問（{town}）"},
	"online_meeting": {"{short}とのオンライン会議：{topic}"},
	"correspondence": {"{short}より{topic}に関する書簡"},
	"request":        {"{short}から{topic}について相談"},
	"news":           {"@報道：{companyja}{town}工場で{topic}", "報道：{town}で{topic}"},
}

var titlesTH = map[string][]string{
	"consultation":   {"หารือทวิภาคีกับ {short} เรื่อง{topic}"},
	"conference":     {"การประชุมสหภาพแรงงานยานยนต์: {topic}"},
	"seminar":        {"สัมมนาเรื่อง{topic}สำหรับกรรมการ {short}"},
	"visit":          {"@เยี่ยมโรงงาน{town}กับ {short}", "เยี่ยม {short} ที่{town}"},
	"online_meeting": {"ประชุมออนไลน์กับ {short} เรื่อง{topic}"},
	"correspondence": {"จดหมายจาก {short} เรื่อง{topic}"},
	"request":        {"{short} ขอคำปรึกษาเรื่อง{topic}"},
	"news":           {"ข่าว: {topic}ที่{town}"},
}

// The notes of assessments, by what the assessment found: a first stage,
// a higher one, a lower one, the same. %[1]s is the partner's short name,
// %[2]s a topic.
const (
	noteFirst = iota
	noteUp
	noteDown
	noteSame
)

var notes = [...][]string{
	noteFirst: {"First assessment, after the consultation with %[1]s on %[2]s.", "Assessed at the first meeting with %[1]s (%[2]s)."},
	noteUp: {"Raised after the talks with %[1]s on %[2]s.", "%[1]s agreed to regular consultation, beginning with %[2]s.",
		"%[1]s now consults JAW on %[2]s."},
	noteDown: {"Lowered: %[1]s has not answered on %[2]s.", "Lowered: contact with %[1]s has weakened since its officers changed (%[2]s)."},
	noteSame: {"No change since the last assessment; the talks with %[1]s on %[2]s go on.", "Confirmed after a visit to %[1]s (%[2]s)."},
}

// actionsEN and actionsJA are follow-ups.
var actionsEN = []string{"Send materials on {topic} to {short}", "Arrange a follow-up meeting with {short}",
	"Draft JAW's reply on {topic}", "Share ILO guidance on {topic} with {short}", "Report {topic} to the bureau meeting"}
var actionsJA = []string{"{short}へ{topic}の資料を送付", "{short}との次回協議を調整", "{topic}に関する回答案を作成"}
