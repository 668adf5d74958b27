package i18n

import "vision2030/store"

// jaCommands is Commands in the words of the bureau (see jaCommon for the
// shared terms: 記録 entry, パートナー partner, 目標 goal, 段階 stage, 評価
// assessment, フォローアップ action, 相談 request, 二国間協議 consultation);
// for moving data in and out: 書き出す export, 取り込む import, 取り込み N
// a batch (取り込み番号 its number), 確認のみ a dry run, 復元 restore, 完全に
// 削除 purge, ワークブック workbook, シート sheet, 見出し heading, 列 column,
// 項目 field; 会議資料 the meeting paper, 訪問用資料 a brief, 期間 period.
// What is typed stays as typed: command and flag names, the kind and format
// words, file names, YYYY-MM-DD. Help paragraphs are broken by hand within
// 80 cells, never starting a line with 、。）」 and the like, at sentence
// ends where it reads better (a narrower terminal rewraps them); flag
// descriptions and messages are one line each, ending in 。 only where
// English ends in a period (TestHelpFits, TestJapaneseStyle). A half-width
// space sets off what is typed (flags, commands, paths, quoted values)
// from the Japanese around it, as do Latin words (JSON, SQLite), but not
// JAW (JAWが, as jaCommon writes it) nor compounds (記録ID); numbers with a
// counter take none (3件).
var jaCommands = Commands{
	Help: map[string]CommandHelp{
		"": {
			Short: "自動車総連（JAW）「国際ビジョン20-30」のダッシュボード",
			Long: `vision2030 — 自動車総連（JAW）「国際ビジョン20-30」のダッシュボード。

コマンドを付けずに実行すると、ダッシュボードを開きます。下のコマンドは、同じ
データベースを使って同じ作業をシェルから行います。

設定はそれぞれ、フラグ、なければ環境変数（VISION2030_DB、VISION2030_AUTHOR、
VISION2030_LANG、VISION2030_THEME）、なければ設定ファイル、なければ既定値の
順に決まります。現在の設定は 'vision2030 config' で確認できます。
データベースは、既定では $XDG_DATA_HOME/vision2030/vision2030.db
（~/.local/share/vision2030/vision2030.db）で、初めて使うときに作成され、
初期データが入ります。データベースはネットワーク上の共有フォルダーに置かず、
ローカルディスクに置いてください。`,
			Example: `vision2030                                    # ダッシュボードを開く
vision2030 log --partner UAW --goal 2 --kind visit --title "デトロイト訪問"
vision2030 entries --filter 'goal:2 country:US since:2026-01-01'
vision2030 partners --country タイ
vision2030 report --format md > report.md`,
		},
		"report": {
			Short: "ダッシュボード、会議資料、または訪問用資料を出力する",
			Long: `ダッシュボードをテキスト（端末の幅、端末でなければ100桁）で出力するか、
会議資料を出力します。会議資料の形式は、Markdown、印刷用の HTML ページ
（グラフ入り、A4）、表をまとめたワークブック（xlsx）、スクリプト向けの JSON
（構造は README に記載）です。会議資料には、国・地域別の枠組み到達パートナーと、
接触が途絶えているすべてのパートナーも載ります。
--since（と --until。既定は --as-of の日付）を付けると、その期間の動きも
載ります。国・地域別、パートナー別の記録、記録された段階、受け付け・初回回答・
完了した相談、完了したフォローアップと期限切れのフォローアップです。

--partner（繰り返し指定可）か --country を付けると、代わりに訪問用資料を
出力します。パートナーごとに、目標ごとの段階とその推移、最近の記録、未完了の
相談とフォローアップを示します。形式は text、md（同じ内容を Markdown で）、
または json です。`,
			Example: `vision2030 report --width 80                        # 80桁のテキスト
vision2030 report --format html --since 2026-04-01 --until 2026-06-30 \
    --out q1.html                                   # 4〜6月の会議資料
vision2030 report --format xlsx --out paper.xlsx    # 会議資料の表
vision2030 report --partner UAW --partner JCM       # 訪問用資料
vision2030 report --country タイ --format md > bangkok-trip.md`,
		},
		"log": {
			Short: "記録を追加し、その ID を表示する",
			Long: `活動を記録します。二国間協議、会議、セミナー・研修、訪問、オンライン会議、
文書・連絡、相談、動向を、パートナーと目標とともに記録します。

--partner と --goal は繰り返し指定できます。パートナーは ID、略称、または
一つに絞れる名称の一部で、目標は番号かタイトルの一部で指定します。
--opened、--first-response、--closed、--came-first は、種類が相談
（--kind request）のときだけ使えます。
--summary - とすると、概要を標準入力から終わりまで読み込みます。

--kind の値：consultation 二国間協議、conference 会議、
seminar セミナー・研修、visit 訪問、online_meeting オンライン会議、
correspondence 文書・連絡、request 相談、news 動向（JAWが参加していない出来事）
英語の値の代わりに日本語の名前（--kind 訪問）でも指定できます。`,
			Example: `vision2030 log --partner UAW --goal 2 --kind request --title "工場閉鎖" \
    --opened 2026-11-02 --came-first --summary - < notes.md`,
		},
		"entries": {
			Short: "記録を新しい順に一覧表示する",
			Long: `記録を新しい順に、表、CSV または JSON で一覧表示します。

絞り込みの条件は「かつ」で、同じキーの値（キーを繰り返すか、コンマで区切る）は
「または」で組み合わせます：
  goal:2  country:TH  partner:UAW  kind:request,visit  author:tanaka
  status:open|answered|closed  since:2024-01-01  until:2024-12-31
  語句や "引用符で囲んだフレーズ" はタイトル、概要、パートナー名から探します
status の値は open 未回答、answered 回答済み、closed 完了です。
country には国コード（TH）か、日本語または英語の国名（タイ、Thailand）を
指定します。
キーや値は全角でも入力できます。`,
			Example: `vision2030 entries --filter 'goal:2 country:US kind:request "工場閉鎖"'
vision2030 entries --format csv --limit 1000 > entries.csv`,
		},
		"entries show": {Args: "記録ID", Short: "記録とその概要、フォローアップを表示する"},
		"entries edit": {Args: "記録ID", Short: "記録の、指定した項目だけを変更する",
			Long: `記録の、指定した項目だけを変更します。ほかの項目はそのままです。
フラグは log と同じです。--partner や --goal を指定すると、記録のパートナーや
目標をその値に置き換えます。記録者は変わらず、author の設定（--author）が
変更した人として記録されます。`,
			Example: "vision2030 entries edit 5 --first-response 2026-11-05   # 初回回答日を記入"},
		"entries delete":  {Args: "記録ID", Short: "記録を削除する（取り消し：entries restore）"},
		"entries restore": {Args: "記録ID", Short: "削除した記録を元に戻す"},
		"partners": {
			Short: "パートナーを国・地域別に一覧表示する",
			Long: `パートナーを国・地域別に一覧表示します。--country には国コード（TH）か、国名
（英語の Thailand、日本語のタイ）を指定します。`,
			Example: "vision2030 partners --country タイ --format csv",
		},
		"partners add": {
			Short: "パートナーを追加し、その ID を表示する",
			Long: `パートナーを追加します。名称は新しいものにしてください。ほかのパートナーの
名称と、大文字・小文字、全角・半角、空白の違いしかない名称は受け付けません。

--kind の値：union 労働組合、federation 産別・全国組織、
global_union グローバル・ユニオン、national_centre ナショナルセンター、
international_org 国際機関、government 政府機関、employer 使用者団体・企業、
ngo NGO、other その他`,
			Example: `vision2030 partners add --name "Thai Auto Workers" --short TAW \
    --country タイ --kind federation`,
		},
		"partners show": {Args: "パートナー", Short: "パートナーと、その段階、未完了のフォローアップを表示する",
			Long: `パートナーと、目標ごとの最新の段階、未完了のフォローアップを表示します。
パートナーには、ID、略称、または一つに絞れる名称の一部を指定します。
アーカイブしたパートナーも指定できます。`},
		"partners edit": {Args: "パートナー", Short: "パートナーの、指定した項目だけを変更する",
			Long: `パートナーの、指定した項目だけを変更します。ほかの項目はそのままです。
パートナーには、ID、略称、または一つに絞れる名称の一部を指定します。`,
			Example: "vision2030 partners edit JCM --contact somchai@example.org   # 連絡先を変更"},
		"partners archive":   {Args: "パートナー", Short: "パートナーをアーカイブする（一覧と集計から外れる）"},
		"partners unarchive": {Args: "パートナー", Short: "アーカイブしたパートナーを元に戻す"},
		"actions":            {Short: "未完了のフォローアップを一覧表示する"},
		"actions add": {Short: "記録にフォローアップを追加し、その ID を表示する",
			Example: `vision2030 actions add --entry 5 --what "ILOの指針を送付" --owner sato \
    --due 2026-11-28`},
		"actions edit": {Args: "フォローアップID", Short: "フォローアップの指定した項目を変更する",
			Example: `vision2030 actions edit 1 --due 2026-12-05 --owner 田中`},
		"actions delete": {Args: "フォローアップID", Short: "フォローアップを削除する"},
		"actions done":   {Args: "フォローアップID", Short: "フォローアップを完了にする"},
		"actions reopen": {Args: "フォローアップID", Short: "完了したフォローアップを未完了に戻す"},
		"assess": {
			Short: "パートナーの段階を目標ごとに評価として記録し、その ID を表示する",
			Long: `パートナーの、ある目標についての段階を評価として記録します。段階は 0 接触なし、
1 接触・対話、2 価値観の共有、3 枠組みの確立、4 最初の相談先の五つです。
履歴は残り、最新の評価が有効です。
--partner や --goal を繰り返すと、パートナーと目標の組み合わせごとに評価を
一件ずつ（同じものを二度指定しても一件）、すべてまとめて記録し（一部だけが
記録されることはありません）、その ID を一行に一つずつ表示します。
--undo ID は、誤って記録した評価を削除します。`,
			Example: `vision2030 assess --partner UAW --goal 1 --stage 3 --date 2025-09-01 \
    --note "労使協議の枠組みに合意"
vision2030 assess --partner UAW --partner JCM --goal 1 --goal 2 --stage 2`,
		},
		"export": {
			Short: "記録・パートナーなどを CSV、JSON またはワークブックに書き出す",
			Long: `記録、パートナー、フォローアップ、評価（--what）のすべての項目をファイルに
書き出します。形式は、CSV（どの PC の Excel でも開ける BOM 付き UTF-8。表は
一つだけ）、JSON（情報を失わない形式で、別のデータベースへの取り込み用）、
XLSX（表ごとにシートを分けたワークブック。見出しは画面の言語）です。
--format を省くと --out のファイル名から決まり、それもなければ CSV です。
--what を省くと、CSV では entries、ほかの形式では all です。
--filter を付けると、entries と同じ絞り込みの条件で選んだ記録（とその
フォローアップ）だけを書き出します。削除した記録とフォローアップは、
--include-deleted を付けない限り書き出しません。--out を付けなければ、CSV と
JSON は標準出力に書き出します。--out のファイルがすでにあるときは、
--overwrite を付けたときだけ置き換えます。データベースとその付属ファイルは
置き換えません。`,
			Example: `vision2030 export --out entries.csv                 # 記録を CSV で
vision2030 export --out vision2030.xlsx --filter 'since:2025-04-01'
vision2030 export --format json --out all.json --include-deleted   # すべて`},
		"import": {Args: "ファイル",
			Short: "CSV、XLSX、JSON ファイルの行を一括で取り込む（取り消し可）",
			Long: `CSV ファイル、ワークブック、または export で書き出した JSON から、記録か
パートナー（--what）を追加します。列は見出しで照合します。見出しは英語でも
日本語でもよく（書き出したときの見出しのほか、日付、件名、相手先…など）、
それ以外の見出しは --map 見出し=項目 で指定します。日付は YYYY-MM-DD、
2025/4/21、2025年4月21日、令和7年4月21日や R7.4.21 のような和暦、または
表計算の日付セルで書けます。パートナーは ID、略称、名称、日本語名称で照合し、
どれにも当てはまらないものは --create-partners 国・地域 で作成できます。
CSV は UTF-8（BOM の有無は問いません）、UTF-16（Excel の「Unicode テキスト」、
タブ区切り）、または日本語の PC で Excel が保存する Shift_JIS です。

書き込む前にすべての行を検査します。問題が一つでもあればファイル全体を
取り込まず、問題を50件まで、行と列を添えて表示します。すでにデータベースにある
行（固有ID、なければ日付、タイトル、パートナーで判定）は除くので、同じファイルを
二度取り込んでも、二度目には何も追加されません。取り込みには一回ごとに番号が
付き、'import --undo 取り込み番号' でその取り込みが追加したものを取り消せます。
ファイルに - を指定すると、標準入力から読み込みます。`,
			Example: `vision2030 import --dry-run 2024-log.xlsx           # 検査だけ
vision2030 import 2024-log.csv --map 実施日=date --map 組合=partners \
    --create-partners TH
vision2030 import all.json
vision2030 import --undo 1                          # 取り込み 1 を取り消す`},
		"restore": {Args: "バックアップ",
			Short: "データベースを、検査したバックアップで置き換える",
			Long: `データベースを、指定したバックアップで置き換えます。バックアップはまず
データベースの横にコピーされ、このバージョンのスキーマに更新されて検査を受け、
それに通ってから、一度の操作でデータベースと入れ替わります。置き換えられた
ファイルは、元の名前に .before-restore-日付-時刻 を付けた名前で横に残ります。
ほかのプロセスがデータベースを開いている間（システムがわかる場合は、その
プロセスを表示します）、新しい vision2030 で書かれたバックアップ、検査に
通らないバックアップは受け付けません。データベースのあるマシンで実行し、
SSH 越しには実行しないでください。`,
			Example: `vision2030 restore ~/backups/vision2030-2026-11-21.db   # 11月21日の状態に`},
		"purge": {
			Short: "削除した記録を完全に削除する",
			Long: `--deleted-before の日付より前に削除された記録（パートナーや目標との関連付け、
フォローアップ、検索インデックスの行を含む）と、それより前に削除された
フォローアップを、一つのトランザクションで完全に削除します。件数を示してから
確認します。--yes を付けると確認しません。`,
			Example: `vision2030 purge --deleted-before 2025-01-01   # 2024年までに削除したもの`},
		"demo": {
			Short: "ダッシュボードを試すための実例データベースを作る",
			Long: `実際に近い、決まった内容のデータベースを作ります。最大40の国・地域のパートナー
（既定の100団体なら25の国・地域）、2017年以降の英語・日本語・タイ語の記録、
回答日数のある相談、フォローアップ、段階の推移、アーカイブしたパートナー、
削除した記録を含みます。--seed と --today が同じなら、1バイトも違わない同じ
ファイルになります。書くのは新しいファイルか、demo が以前に作ったファイル
だけで、実際のデータベースには書きません。`,
			Example: `vision2030 --db /tmp/demo.db demo --entries 20000 --today 2026-11-21   # 作る
vision2030 --db /tmp/demo.db                                          # 開く`},
		"goals": {Short: "ビジョンの目標、2030年の目標値、どの文が案かを一覧にする",
			Long: `ビジョンの3つの目標を、2030年の目標値とともに一覧にします。出典にない文は
JAWが確認するための案で、日本語の文はJAWが確認するまでは翻訳です。一覧は表示する
タイトルについてそれを示します。JSON では両方の言語と各目標の段階の説明を出し、
それぞれの文に印を付けます（rubric_draft・description_draft・ja_confirmed）。`},
		"goals edit": {Args: "目標", Short: "目標の文や2030年の目標値を変更する",
			Long: `目標の指定した項目を変更します。英語または日本語のタイトル・短いタイトル・
説明、または2030年の目標値（割合、パーセント）です。英語の説明を書くと、
案ではなくJAW自身の文になります。`,
			Example: `vision2030 goals edit 2 --target 80     # 目標値を80パーセントに
vision2030 goals edit 1 --ja-confirmed \
    --title-ja "グローバル自動車産業全体での基本的労働権の確保"`},
		"goals rubric": {Args: "目標 段階", Short: "目標の一つの段階の名前や説明を変更する",
			Example: `vision2030 goals rubric 2 3 \
    --rubric-ja "労使対話が制度化され、実践されている。"`},
		"settings": {Short: "同僚全員が共有する設定（データベースに保存）"},
		"settings fiscal-year-start": {Args: "[月]", Short: "年度の始まる月を表示・設定する（1〜12）",
			Long: `国際局の年度が始まる月を表示するか、同僚全員のために設定します。四半期、
年ごとの相談、報告書の期間はこれに従います（4なら、2025年度は2025-04-01から
2026-03-31まで）。`,
			Example: `vision2030 settings fiscal-year-start 4   # 4月に始まる年度`},
		"backup": {Args: "保存先",
			Short: "データベースの検証済みコピーを作る（使用中でも安全）",
			Long: `ほかの人が読み書きしている間でも、データベースの一貫した、それだけで完結する
コピーを書き出して検査し、検査に通ってから保存先の名前を付けます。
データベースは cp ではなく、この方法でコピーしてください（最近の書き込みは、
横にある -wal ファイルにあります）。保存先がすでにあるときは、--overwrite を
付けない限り書き出しません。`,
			Example: `vision2030 backup ~/backups/vision2030-2026-11-21.db   # 日付を入れた名前で`},
		"check": {
			Short: "破損を検査する：ファイル、参照、検索インデックス、派生データ",
			Long: `SQLite の整合性検査、外部キーの検査、検索インデックス自体の検査、トリガーで
保たれる派生データの検査を行い、問題を一件につき一行で表示します。問題があれば
終了コードは 1 です。--repair を付けると、検索インデックスと派生データを一つの
トランザクションで作り直し、もう一度検査します。
ファイル自体の破損は修復できません。バックアップから復元してください。`},
		"config": {
			Short: "有効な設定と、それぞれの指定元を表示する",
			Long: `有効な設定と、それぞれの指定元（フラグ、環境変数、設定ファイル、既定値）、
設定ファイルのパスを表示します。設定ファイルは
$XDG_CONFIG_HOME/vision2030/config.toml（~/.config/vision2030/config.toml）、
または --config か $VISION2030_CONFIG で指定したファイルです。書き方の例：

  author = "tanaka"
  db = "~/jaw/vision2030.db"
  theme = "auto"          # auto、dark または light
  lang = "ja"             # ja または en
  ambiguous_width = 2     # 1 または 2（…や─を2桁で描く端末なら 2）

  [keys]                  # ダッシュボードの操作 = そのキー
  add = ["a", "ctrl+n"]`,
		},
		"completion": {
			Args:  "bash|zsh|fish",
			Short: "シェルの補完スクリプトを出力する",
			Long: `シェルの補完スクリプトを出力します。コマンド、フラグ、パートナーの略称、
目標の番号、種類、出力形式を補完します。

  bash:  ~/.bashrc に  source <(vision2030 completion bash)  を追加
  zsh:   vision2030 completion zsh > "${fpath[1]}/_vision2030"
  fish:  vision2030 completion fish > ~/.config/fish/completions/vision2030.fish`,
		},
		"help": {Args: "[コマンド]", Short: "コマンドのヘルプを表示する"},
	},

	FlagHelp: map[string]string{
		"db":      "データベースの`ファイル`（既定：データディレクトリーの vision2030.db）",
		"author":  "追加するものに記録者として残る`名前`",
		"lang":    "画面の`言語`：en または ja",
		"theme":   "ダッシュボードの配色`テーマ`：auto、dark または light",
		"config":  "設定`ファイル`（既定：$XDG_CONFIG_HOME/vision2030/config.toml）",
		"help":    "このヘルプを表示する",
		"version": "バージョンとデータベースのスキーマバージョンを表示する",

		"report --width":   "テキストの幅（`桁数`）、40〜1000（既定：端末の幅、端末でなければ100）",
		"report --format":  "出力`形式`：text、md、json、html または xlsx",
		"report --since":   "期間の初日の`日付`（YYYY-MM-DD・R8.4.1 など）：この日からの動きを加える",
		"report --until":   "期間の最終日の`日付`（YYYY-MM-DD・R8.4.1 など、既定：--as-of の日付）",
		"report --partner": "この`パートナー`の訪問用資料：ID、略称または名称",
		"report --country": "この`国・地域`のパートナーの訪問用資料：国コードか国名",
		"as-of":            "この`日付`（YYYY-MM-DD・R8.4.1 など）時点の報告にする（既定：今日）",

		"partner":        "`パートナー`：ID、略称、または一つに絞れる名称の一部",
		"goal":           "`目標`：番号かタイトルの一部",
		"kind":           "記録の`種類`：consultation、conference、seminar、visit、online_meeting、correspondence、request または news",
		"title":          "`タイトル`",
		"date":           "記録の`日付`（YYYY-MM-DD・R8.4.1 など、既定：今日）",
		"summary":        "Markdown で書く概要：その`本文`、または - で標準入力から読む",
		"opened":         "相談を受け付けた`日付`",
		"first-response": "JAWが相談に初めて回答した`日付`",
		"closed":         "相談が完了した`日付`",
		"came-first":     "パートナーがこの相談を最初にJAWに持ち込んだ",

		"backup --overwrite": "保存先がすでにあれば置き換える",

		"export --format":        "`形式`：csv、json または xlsx（既定：--out のファイル名から、なければ csv）",
		"export --what":          "書き出す`表`：entries、partners、actions、assessments または all",
		"export --filter":        "この`条件`で絞り込んだ記録（とそのフォローアップ）だけ",
		"out":                    "標準出力ではなく、この`ファイル`に書き出す",
		"overwrite":              "--out のファイルがすでにあれば置き換える（データベースとその付属ファイルは置き換えない）",
		"include-deleted":        "削除した記録とフォローアップも含める",
		"import --what":          "取り込む`表`：entries、partners または all（既定：ファイルにあるもの）",
		"map":                    "この見出しの列を、この項目として読む：`見出し=項目`",
		"dry-run":                "ファイルを検査して追加されるものを表示し、何も書き込まない",
		"create-partners":        "どれにも当てはまらないパートナーを、この`国・地域`に作成する",
		"undo":                   "`取り込み番号`で示す取り込みが追加したものを取り消す",
		"purge --deleted-before": "この`日付`（YYYY-MM-DD・R8.4.1 など）より前に削除されたものを完全に削除する",
		"yes":                    "確認しない",
		"check --repair":         "検索インデックスと派生データを作り直し、もう一度検査する",

		"entries edit --date":               "記録の新しい`日付`（YYYY-MM-DD・R8.4.1・3d＝3日前 など）",
		"log --goal":                        "`目標`：番号かタイトルの一部（動向のほかは必須）",
		"entries edit --drop-request-dates": "種類を request 以外に変えるとき、相談の日付と「最初にJAWに相談」を消してよい",
		"partners add --tracked":            "目標の進捗に数える（union と federation の既定）",
		"partners add --untracked":          "目標の進捗に数えない（ほかの種類の既定）",
		"partners edit --tracked":           "目標の進捗に数える",
		"partners edit --untracked":         "目標の進捗に数えない",

		"format":                 "出力`形式`：table、csv または json",
		"entries show --format":  "出力`形式`：table または json",
		"partners show --format": "出力`形式`：table または json",
		"config --format":        "出力`形式`：table または json",
		"filter":                 "この`条件`で絞り込んだ記録だけ（上の説明を参照）",
		"limit":                  "表示する記録の最大`件数`",
		"offset":                 "先に読み飛ばす記録の`件数`",

		"country":                     "パートナーの`国・地域`：国コード（TH）か国名（Thailand、タイ）",
		"partners --country":          "この`国・地域`のパートナーだけ：国コードか国名",
		"archived":                    "アーカイブしたパートナーも含める",
		"name":                        "パートナーの`名称`",
		"short":                       "`略称`（ほかと重ならないもの）：UAW、JCM など",
		"partners add --kind":         "パートナーの`種類`：union、federation、global_union、national_centre、international_org、government、employer、ngo または other",
		"partners edit --kind":        "パートナーの`種類`：union、federation、global_union、national_centre、international_org、government、employer、ngo または other",
		"since":                       "関係が始まった`年`",
		"contact":                     "`連絡先`：担当者、アドレスなど",
		"companies":                   "関連する`企業`",
		"notes":                       "`備考`",
		"overdue":                     "期限を過ぎた未完了のフォローアップだけ",
		"all":                         "完了したフォローアップも含める",
		"actions add --entry":         "フォローアップの元になる`記録`：その ID",
		"what":                        "フォローアップで行う`内容`",
		"owner":                       "フォローアップを行う`担当者`",
		"demo --entries":              "`記録`の件数（1000万件まで）",
		"demo --partners":             "`パートナー`の数（既定：記録100件につき1団体、30〜1000団体）",
		"demo --seed":                 "乱数の`種`。同じ種からは同じデータベースができる",
		"demo --today":                "実例の時計が指す`日付`（YYYY-MM-DD・R8.4.1 など、既定：今日）",
		"entries --count":             "一致するものをすべて数える（既定では1ページの2倍、少なくとも100件で数えるのをやめる）",
		"goals --format":              "出力の`形式`：table、csv、json",
		"goals edit --title":          "目標の英語の`タイトル`",
		"goals edit --title-ja":       "目標の日本語の`タイトル`",
		"goals edit --short":          "狭い画面用の英語の短い`タイトル`",
		"goals edit --short-ja":       "狭い画面用の日本語の短い`タイトル`",
		"goals edit --description":    "目標の英語の`説明`",
		"goals edit --description-ja": "目標の日本語の`説明`",
		"goals edit --target":         "2030年の目標値：枠組みに達した進捗の対象パートナーの`割合`（パーセント、0より大きく100以下）",
		"goals edit --default-target": "目標値を既定値（100パーセント）に戻す",
		"goals edit --ja-confirmed":   "日本語の文をJAW自身のものとする（--ja-confirmed=false で翻訳に戻す）",
		"goals rubric --name":         "段階の英語の`名前`",
		"goals rubric --name-ja":      "段階の日本語の`名前`",
		"goals rubric --rubric":       "段階の英語の説明`文`",
		"goals rubric --rubric-ja":    "段階の日本語の説明`文`",
		"goals rubric --ja-confirmed": "日本語の文をJAW自身のものとする（--ja-confirmed=false で翻訳に戻す）",
		"due":                         "`期限`（YYYY-MM-DD・R8.4.1 など）",
		"actions edit --done":         "完了した`日付`。\"\" で未完了に戻す",
		"actions done --date":         "完了した`日付`（既定：今日）",
		"assess --partner":            "`パートナー`：ID、略称、または一つに絞れる名称の一部",
		"assess --goal":               "`目標`：番号かタイトルの一部",
		"assess --date":               "評価の`日付`（既定：今日）",
		"stage":                       "`段階`（0〜4）",
		"note":                        "`メモ`",
		"assess --entry":              "評価の根拠となる`記録`：その ID",
		"assess --undo":               "評価を記録する代わりに、評価 `ID`（誤って記録したもの）を削除します",
	},
	FlagTypes: map[string]string{
		"int": "整数", "bool": "true か false", "string": "有効な値", "stringArray": "有効な値",
	},

	HelpUsage:       "使い方：",
	HelpCommands:    "コマンド：",
	HelpFlags:       "フラグ：",
	HelpGlobalFlags: "共通フラグ：",
	HelpExamples:    "例：",
	HelpFlagsArg:    "[フラグ]",
	HelpCommandArg:  "コマンド [フラグ]",
	HelpMore:        "各コマンドの詳細は '%s コマンド --help' で表示します。",
	HelpDefault:     "（既定：%s）",
	HelpRequired:    "（必須）",
	HelpRepeatable:  "（繰り返し指定可）",
	FlagValue:       "値",
	VersionLine:     "%s %s（データベーススキーマ %d）",

	ArgEntryID:      "記録ID",
	ArgActionID:     "フォローアップID",
	ArgAssessmentID: "評価ID",
	ArgPartner:      "パートナー（ID、略称または名称）",
	ArgShell:        "シェル（bash、zsh または fish）",
	ArgPath:         "書き出すファイルのパス",
	ArgGoal:         "目標（番号、またはタイトルの一部）",
	ArgGoalStage:    "目標と段階（0〜4）",

	ErrLine: "%s: %s",

	ErrUnknownCommand:    "%q というコマンドはありません",
	ErrUnknownSubcommand: "%s に %q というコマンドはありません。使えるコマンド：%s",
	ErrNoArgs:            "%s は引数を取りませんが、%q が指定されました",
	ErrMissingArg:        "%s には%sが必要です",
	ErrExtraArg:          "%s に指定できるのは%s一つだけです。%q は余分です",
	ErrUnknownFlag:       "%s というフラグはありません",
	ErrFlagNeedsValue:    "%s に値を指定してください",
	ErrFlagValue:         "%s：%q は使えません。使える値：%s",
	ErrFlagSyntax:        "%q はフラグとして読めません。フラグは --名前 値 の形で指定します",
	ErrFlagOther:         "フラグを読み取れません：%v",
	ErrFlagsExclusive:    "%s と %s は同時に指定できません",
	ErrNeedValue:         "%s を指定してください",
	ErrBadFormat:         "--format：%q は使えません。使える形式：%s",
	ErrNumberRange:       "%s：%q は %d〜%d の整数ではありません",
	ErrBadID:             "%q は%sではありません。ID は 1 以上の整数です",
	ErrBadWidth:          "--width：%q は %d〜%d の幅ではありません",
	ErrNarrowWidth:       "--width：%d は狭すぎます（ダッシュボードの最小幅は%d桁）",
	ErrBadDate:           "%s：%q は日付ではありません（2026-04-01、2026/4/1、令和8年4月1日 など）",
	ErrDemoTodayEarly:    "--today %s はデモの履歴の初日 %s より前です",
	ErrKindUnknown:       "%s：%q という種類はありません。使える種類：%s",
	ErrNoChange:          "変更する項目がありません。項目のフラグを一つ以上指定してください",
	ErrRequestOnly:       "%s は --kind request（相談）の記録にだけ使えます",
	ErrBadStage:          "--stage：%q は 0〜4 の段階ではありません",
	ErrPartnerEmpty:      "パートナーが空です。ID、略称または名称を指定してください",
	ErrGoalEmpty:         "--goal が空です。目標の番号かタイトルの一部を指定してください",
	ErrCountryEmpty:      "--country が空です。国コード（TH）か国名（タイ）を指定してください",
	ErrBadShell:          "%q というシェルには対応していません。対応しているシェル：%s",
	ErrFilterValues:      "%s。使える値：%s",
	FilterGoalValues:     "目標の番号（1、2、3）",
	FilterCountryValues:  "TH のような国コード、またはタイ・Thailand のような国名",
	FilterDateValues:     "2026-11-01・2026/11/01・R8.11.1 のような日付、または 3d・2w・1m（3日・2週間・1か月前）",
	FilterPartnerValues:  "ID、略称、または名称の一部",
	FilterTerm:           "絞り込み：%q",
	FilterBadValueIn:     "絞り込み：%q：%q はこのキーには使えない値です",
	ErrNoDashboard:       "このビルドにはダッシュボードがありません。コマンドを指定してください",

	ConfigAtLine:      "%s の%d行目",
	ErrConfigSyntax:   "%s：TOML として正しくありません：%s",
	ErrConfigRead:     "設定ファイル %s を読めません：%s",
	ErrConfigMissing:  "設定ファイル %s がありません",
	ErrConfigUnknown:  "%s：%q という設定はありません。使える設定：%s",
	ErrConfigType:     "%s：%s の値の型が違います。書ける値：%s",
	ErrConfigValue:    "%s：%s：%q は使えません。使える値：%s",
	ErrSettingValue:   "%s：%q は使えません。使える値：%s",
	ErrConfigAction:   "%s：%q というダッシュボードの操作はありません。使える操作：%s",
	ErrConfigTwice:    "%s：キー %q が %q と %q の両方に割り当てられています",
	ErrConfigEmptyKey: "%s：%s に空のキーがあります",
	ErrSettingBlank:   "%s が空です。データベースファイルのパスを指定するか、省いて既定のデータベースを使ってください",
	ErrAuthorBlank:    "%s：作成者が空です。追加する記録の作成者として残す名前を指定してください",
	ErrConfigOther:    "%s：%v",
	ConfigTypeText:    "文字列",

	ErrEntryNotFound:          "記録 %d が見つかりません",
	ErrEntryDeleted:           "記録 %d は削除されています",
	ErrWouldDrop:              "記録 %d：種類を request（相談）以外にすると、%sが失われます。何も書き込んでいません",
	DropValue:                 "%s（%s）",
	DropSep:                   "、",
	HintDropRequest:           "それらを消して種類を変えるには、--drop-request-dates を付けてください",
	ErrAlreadyDeleted:         "記録 %d はすでに削除されています",
	ErrNotDeleted:             "記録 %d は削除されていません",
	ErrActionNotFound:         "フォローアップ %d が見つかりません",
	ErrAssessmentNotFound:     "評価 %d が見つかりません",
	ErrActionAlreadyOpen:      "フォローアップ %d はすでに未完了です",
	ErrActionAlreadyDone:      "フォローアップ %d はすでに完了しています",
	ErrPartnerNotFound:        "パートナー %d が見つかりません",
	ErrPartnerAlreadyArchived: "パートナー %d（%s）はすでにアーカイブされています",
	ErrPartnerNotArchived:     "パートナー %d（%s）はアーカイブされていません",
	ErrPartnerNone:            "%q に当てはまるパートナーはありません",
	FlagMessage:               "%s：%s",
	ErrPartnerAmbiguous:       "%q に当てはまるパートナーが%d団体あります",
	ErrPartnerNear:            "候補：",
	ErrPartnerArchived:        "%s はアーカイブ済みです",
	ErrGoalUnknown:            "%s：%q という目標はありません",
	ErrGoalAmbiguous:          "%s：%q に当てはまる目標が%d件あります",
	ArgGoalName:               "目標",
	GoalItem:                  "%d %s",
	GoalItemSep:               "、",
	HintGoals:                 "目標：%s",
	ErrCountryNone:            "--country：%q に当てはまる国・地域はありません",
	ErrCountryAmbiguous:       "--country：%q に当てはまる国・地域が%d件あります：",
	ErrStdin:                  "--summary -：標準入力を読めません：%v",
	ErrNoDataDir:              "データベースを置くホームディレクトリーがありません",
	ErrMakeDir:                "ディレクトリー %s を作成できません：%v",
	ErrNoDir:                  "ディレクトリー %s がありません",
	ErrNotDir:                 "%s はディレクトリーではありません",
	ErrDBIsDir:                "%s はディレクトリーです。データベースのファイルではありません",
	ErrSeed:                   "%s：初期データを書き込めません：%v",
	ErrInterrupted:            "中断しました",
	ErrUnexpected:             "処理に失敗しました：%v",
	ErrBug:                    "内部エラーのため、コマンドを中止しました：%v",

	HintUsage:            "使い方は '%s --help' で確認できます",
	HintDidYouMean:       "'%s' のことですか？使い方は '%s --help' で確認できます",
	HintNothingWritten:   "何も書き込んでいません",
	HintNothingChanged:   "何も変更していません",
	HintListEntries:      "記録の一覧は 'vision2030 entries' で表示できます",
	HintListActions:      "フォローアップの一覧は 'vision2030 actions --all' で表示できます",
	HintListAssessments:  "assess は記録した評価の ID を表示します。すべての評価は 'vision2030 export --what assessments' で一覧できます",
	HintListPartners:     "すべてのパートナーの一覧は 'vision2030 partners --archived' で表示できます",
	HintPartnerAmbiguous: "ID か略称で指定してください",
	HintRestoreEntry:     "先に復元してください：vision2030 entries restore %[1]d",
	HintUnarchivePartner: "先に有効に戻してください：vision2030 partners unarchive %s",
	HintGoalNumber:       "目標の番号で指定してください：%s",
	HintCountry:          "2文字の国コード（TH）か、国名（英語または日本語）で指定してください",
	HintGiveDB:           "データベースのファイルを --db パス で指定してください",
	ErrNoDatabase:        "%s がありません。バックアップも検査もできません",
	HintMakeDir:          "ディレクトリーを作成する（mkdir -p %s）か、--db で別のファイルを指定してください",
	HintOtherDB:          "--db パス で別のファイルを指定してください",
	HintUpgrade:          "vision2030 を更新してください",
	HintConfig:           "設定と使える値は 'vision2030 config --help' で確認できます",
	HintConfigFile:       "設定ファイルを直してください。書き方の例は 'vision2030 config --help' にあります",
	HintBug:              "vision2030 の不具合です。実行したコマンドを添えて報告してください",

	NoteSummaryStdin: "概要を入力してください。終えるには、新しい行の先頭で ctrl+d を押します。",

	OutDeleted:          "記録 %[1]d を削除しました（取り消し：vision2030 entries restore %[1]d）",
	OutRestored:         "記録 %d を復元しました",
	OutUpdated:          "記録 %d を更新しました",
	OutUnchanged:        "記録 %d はすでにその内容です。何も書き込んでいません",
	OutEntryIsDeleted:   "この記録は削除されています（取り消し：vision2030 entries restore %[1]d）。",
	ShowOpened:          "受付日",
	ShowFirstResponse:   "初回回答日",
	ShowClosed:          "完了日",
	ShowCameFirst:       "最初にJAWに相談",
	OutPartnerAdded:     "%d",
	OutPartnerUpdated:   "パートナー %d（%s）を更新しました",
	OutPartnerUnchanged: "パートナー %d（%s）はすでにその内容です。何も書き込んでいません",
	OutPartnerArchived:  "パートナー %d（%s）をアーカイブしました",
	OutPartnerRestored:  "パートナー %d（%s）のアーカイブを解除しました",
	OutActionAdded:      "%d",
	OutActionDone:       "フォローアップ %d を完了にしました",
	OutActionUpdated:    "フォローアップ %d を変更しました",
	OutActionDeleted:    "フォローアップ %d を削除しました",
	OutAssessmentUndone: "評価 %[1]d を削除しました：%[4]sの目標%[3]dの段階%[2]d",
	OutActionReopened:   "フォローアップ %d を未完了に戻しました",
	OutShown:            "該当%[2]d件のうち%[1]d件を表示",
	OutNoneMatch:        "該当する記録はありません",
	OutStages:           "段階",
	OutOpenActions:      "未完了のフォローアップ",
	NameWithCode:        "%s（%s）",
	ColID:               "ID", ColGoals: "目標", ColAuthor: "記録者", ColStatus: "状況", ColShort: "略称",
	ColSince: "関係開始年", ColEntry: "記録", ColWhat: "内容", ColOwner: "担当者", ColDue: "期限", ColDone: "完了日",
	ColArchived: "アーカイブ", ColTracked: "進捗の対象", ColContact: "連絡先", ColCompanies: "関連企業", ColNotes: "備考",
	ColGoal: "目標", ColStage: "段階", ColNote: "メモ", ColCode: "コード", ColTarget: "2030年の目標値",
	ErrBadTarget:     "--target：%q は0より大きく100以下の割合（%%）ではありません",
	OutGoalUpdated:   "目標 %d を変更しました",
	OutRubricUpdated: "目標 %d の段階 %d を変更しました",

	ConfigFile:        "設定ファイル：%s",
	ConfigFileMissing: "%s（なし：ほかで指定していない設定は既定値になります）",
	ConfigNoFile:      "なし（ホームディレクトリーがありません）",
	ConfigNoKeys:      "ダッシュボードの既定",
	ColSetting:        "設定",
	ColValue:          "値",
	ColFrom:           "指定元",
	FromFlag:          "フラグ %s",
	FromEnv:           "環境変数 %s",
	FromFile:          "設定ファイルの%d行目",
	FromDefault:       "既定値",
	FromSystemUser:    "既定値：システムのユーザー名",
	FromLocale:        "既定値：ロケール（%s=%s）",

	OutBackedUp:         "%s を %s にバックアップし、検証しました（%s）",
	ErrOutExists:        "%s はすでにあります。別の名前にするか、置き換えるなら --overwrite を付けてください",
	ErrOutIsDatabase:    "%s はデータベースそのものです。書き込むとデータが失われます。別の名前を指定してください",
	ErrOutIsCompanion:   "%s はデータベース %s の %s ファイルです。書き込むとデータが失われます。別の名前を指定してください",
	ErrBackupInvalid:    "%s へのコピーが検査で不合格になりました（%s）。何も書き込んでいません",
	ErrBackupWrite:      "バックアップ %s を書き込めません：%v",
	OutCheckOK:          "%s：問題は見つかりませんでした",
	OutCheckRepaired:    "%s：検索インデックスと派生データを作り直しました。問題は残っていません",
	OutCheckLine:        "%s：%s：%s",
	OutCheckLineNoTable: "%s：%s",
	ErrCheckFound:       Plural{Other: "%[2]s に問題が%[1]d件見つかりました"},
	ErrCheckRemain:      Plural{Other: "%[2]s には修復後も問題が%[1]d件残っています"},
	CheckHintRepair:     "検索インデックスと派生データは 'vision2030 check --repair' で作り直せます",
	CheckHintRestore:    "ファイルの破損は修復できません。バックアップから復元してください（バックアップは 'vision2030 backup' で作れます）",
	DefectKinds: map[store.DefectKind]string{
		store.DefectDamage: "破損", store.DefectForeignKey: "参照切れ",
		store.DefectSearchIndex: "検索インデックス", store.DefectDerived: "派生データ",
	},
	DefectReasons: map[store.DefectReason]Plural{
		store.ReasonMissingRow:   {Other: "行 %d が %s の存在しない行を参照しています"},
		store.ReasonMissingRefs:  {Other: "%d行が %s の存在しない行を参照しています"},
		store.ReasonInconsistent: {Other: "インデックスに矛盾があります"},
		store.ReasonStale:        {Other: "%d行が欠けているか、古くなっています"},
		store.ReasonOrphans:      {Other: "どこにも属さない行が%d行あります"},
		store.ReasonMore:         {Other: "ほかに%d件（表示していません）"},
	},
	ProgressBackup:    "バックアップ中",
	ProgressMigrate:   "データベースを更新中",
	ProgressVerifying: "コピーを検査中…",
	ProgressLine:      "%s %s %3d%% %s・%s/秒・残り %s",

	RowsPartners:        Plural{Other: "パートナー%d団体"},
	RowsEntries:         Plural{Other: "記録%d件"},
	RowsActions:         Plural{Other: "フォローアップ%d件"},
	RowsAssessments:     Plural{Other: "評価%d件"},
	SheetPartners:       "パートナー",
	SheetEntries:        "記録",
	SheetActions:        "フォローアップ",
	SheetAssessments:    "評価",
	ProgressExport:      "書き出し中",
	ProgressImport:      "取り込み中",
	ErrBadWhat:          "%s：%q は使えません。使える値：%s",
	ErrCSVOneTable:      "--what %s：CSV ファイルには表を一つしか入れられません。--format json か xlsx にするか、表を一つずつ書き出してください",
	ErrFilterNotEntries: "--filter は記録を絞り込むもので、--what entries か all と一緒に使います。--what %s には使えません",
	ErrBinaryToTerminal: "%s は端末には出力できません。--out ファイル を指定するか、出力をファイルにリダイレクトしてください",
	ErrWriteOut:         "%s を書き込めません：%v",
	ErrBadOutFormat:     "%s：ファイル名から形式がわかりません。--format（%s）を指定してください",
	OutExported:         "%sを %s に書き出しました",
	NoteCut:             Plural{Other: "%d個のセルが表計算のセルに入る長さ（32,767文字）を超えたため、切り詰めました。--format json なら切り詰めずに書き出せます"},
	NoteControls:        Plural{Other: "%d個のセルにワークブックに書けない制御文字があったため、␛ などの記号に置き換えて書き出しました（取り込むとその記号のままです）。--format json ならそのまま書き出せます"},
	ErrReadFile:         "%s を読めません：%v",
	SysNotExist:         "ファイルかディレクトリーがありません",
	SysPermission:       "アクセスする権限がありません",
	SysIsDir:            "ディレクトリーです",
	SysNotDir:           "パスの途中にディレクトリーでないものがあります",
	SysNoSpace:          "ディスクに空きがありません",
	SysReadOnly:         "読み取り専用のファイルシステムです",
	ErrImportRefused:    Plural{Other: "%[2]s：問題が%[1]d件あるため、何も取り込んでいません："},
	ErrImportMore:       Plural{Other: "…ほかに問題が%d件あります"},
	ImportAtRow:         "%d行目",
	ImportAtCell:        "%d行目、「%s」列",
	ImportAtSheetRow:    "シート「%s」の%d行目",
	ImportAtSheetCell:   "シート「%s」の%d行目、「%s」列",
	ImportAtItem:        `"%s" の%d件目`,
	ImportAtItemField:   `"%s" の%d件目の "%s"`,
	ImportAtHeader:      "見出し行",
	ImportAtSheetHeader: "シート「%s」の見出し行",
	ImportNear:          "%s のことですか？",
	ImportAmbiguous:     "%s のいずれにも当てはまります。ID か略称で指定してください",
	IssueNotTable:       "%s は CSV、XLSX、JSON のどのファイルでもありません",
	IssueXLS:            "%s は古い形式の Excel ファイル（拡張子 .xls）です。Excel で .xlsx か「CSV UTF-8」の形式で保存し直し、そのファイルを取り込んでください",
	IssueODS:            "%s は OpenDocument のスプレッドシート（拡張子 .ods）です。表計算ソフトで .xlsx か CSV の形式で保存し直し、そのファイルを取り込んでください",
	IssuePDF:            "%s は PDF です。その元になった表計算のファイルを取り込んでください",
	IssueEmpty:          "%s は空です",
	IssueNoRows:         "%s には取り込む行がありません",
	IssueNoColumns:      "%s：vision2030 が読める列の見出しがありません（見出しは %s）。書き出したときと同じ見出しを付けるか、--map 見出し=項目 を指定してください",
	IssueMissingColumn:  "%s：%sの列がありません。列を加えるか、--map 見出し=%s を指定してください",
	IssueColumnTwice:    "%s：列 %q と %q の両方が%sを表しています",
	IssueCells:          "%sのセルは%d個ですが、見出し行は%d個です",
	IssueNoHeading:      "%s：%q が見出しのない列にあります",
	IssueCSV:            "CSV の%d行目から先を読めません（閉じていない引用符があるかもしれません）",
	IssueBadXLSX:        "%s をワークブックとして読めません：%s",
	IssueBadJSON:        "%s：JSON を読めません（%d行目）：%s",
	JSONSyntax:          "JSON の書き方が正しくありません",
	JSONType:            "値の型が違います",
	IssueBadBool:        "%s：%q は「はい」とも「いいえ」とも読めません",
	IssueNoTable:        "%s に %s の表がありません",
	IssueMapColumn:      "--map：%s に見出しが %q の列はありません",
	IssueEraDate:        "%s：%q は%sの期間（%s〜%s）の日付ではありません",
	IssueEraSince:       "%s：%q は%sの期間（%s〜）の日付ではありません",
	HintImport:          "何も書き込んでいません。ファイルを直すか、--map で列を指定して、もう一度取り込んでください",
	ErrMapSyntax:        "--map：%q は 見出し=項目 の形ではありません",
	ErrMapField:         "--map：%q という項目はありません。使える項目：%s",
	ErrImportArgs:       "import には、取り込むファイルか --undo 取り込み番号 を指定してください",
	ErrUndoArgs:         "--undo には取り込み番号だけを指定します。ファイルやほかのフラグは指定できません",
	OutImportRead:       "%s（%s）を読み込みました：%s",
	OutImportIgnored:    "読み込まなかった列：%s",
	OutImportDry:        "確認のみ：%sを追加することになります。何も書き込んでいません。",
	OutImportDryNothing: "確認のみ：新しく追加するものはありません。何も書き込んでいません。",
	OutImported:         "取り込みました（取り込み %d）：%sを追加",
	OutImportNothing:    "新しいものはありません。すべての行がすでにデータベースにあるため、何も書き込んでいません",
	OutImportDuplicates: "すでにデータベースにあるため除いたもの：%s",
	OutImportCreated:    "新しく作成したパートナー（種類はその他、国・地域は %s）：%s",
	OutImportUndoHint:   "取り消すには：vision2030 import --undo %[1]d",
	OutImportUndone:     "取り込み %d（%s）を取り消しました：%sを削除",
	OutImportUndoneNone: "取り込み %d（%s）を取り消しました。この取り込みで追加したもので残っていたものはありません",
	ErrBatchNotFound:    "取り込み %d はありません",
	ErrBatchUndone:      "取り込み %d は %s にすでに取り消されています",
	HintBatches:         "取り込み番号は、取り込むたびに最後に表示されます",
	FormatCSVEncoding:   "CSV、%s",
	FormatWorkbook:      "ワークブック",
	FormatJSONDocument:  "JSON",
	ListSep:             "、",
	ArgBatch:            "取り込み番号",
	ArgFile:             "取り込むファイル",
	ArgStdin:            "標準入力",
	ArgBackup:           "復元するバックアップ",

	ProgressRestore:      "バックアップをコピー中",
	ProgressRestoreCheck: "バックアップを検査中…",
	OutRestoredNew:       "%[2]s から %[1]s を復元しました（スキーマ %[3]d）",
	OutRestoredDB:        "%[2]s から %[1]s を復元しました（スキーマ %[3]d）。置き換えたファイルは %[4]s として残してあります",
	ErrRestoreInUse:      Plural{Other: "%[2]s を、ほかに%[1]d個のプロセスが開いています。何も変更していません："},
	RestoreProcess:       "プロセス %s：%s",
	UnknownCommand:       "（コマンドは不明）",
	HintRestoreInUse:     "このデータベースを使っているダッシュボードとコマンドを終了してから、もう一度復元してください",
	ErrRestoreNewer:      "%s は新しい vision2030 で書かれています（スキーマ %d。このバージョンは %d まで）。何も変更していません",
	ErrRestoreNotDB:      "%s は vision2030 の（SQLite）データベースではありません",
	ErrRestoreSame:       "%s はデータベースそのものです",
	ErrRestoreDamaged:    Plural{Other: "%[2]s は検査で不合格になりました（問題%[1]d件）。何も変更していません："},
	HintRestoreDamaged:   "もっと古いバックアップから復元してください",
	ErrRestore:           "%[2]s から %[1]s を復元できません：%[3]v",
	ErrPurgeDate:         "--deleted-before：%q は日付（YYYY-MM-DD）ではありません",
	OutPurgeNone:         "%s より前に削除されたものはないため、完全に削除するものはありません",
	ErrPurgeNeedYes:      "%[2]s より前に削除された%[1]sを完全に削除することになりますが、端末がないため確認できません",
	HintPurgeYes:         "確認せずに完全に削除するには、--yes を付けてください。何も変更していません",
	PurgeConfirm:         "%[2]s より前に削除された%[1]sを完全に削除しますか？元には戻せません。[y/N] ",
	OutPurgeKept:         "何も削除していません。",
	OutPurged:            "%[2]s より前に削除された%[1]sを完全に削除しました",

	ErrBadReportDate:     "%s：%q は日付ではありません（2026-04-01、2026/4/1、令和8年4月1日 など）",
	ErrUntilWithoutSince: "--until は期間の最終日です。期間の初日を --since で指定してください",
	ErrPeriodOrder:       "--since %s が --until %s より後です",
	ErrAsOfBeforeUntil:   "--as-of %s が --until %s より前です。基準日より後の出来事は数えられません",
	ErrAsOfBeforeSince:   "--as-of %s が --since %s より前です。基準日より後の出来事は数えられません",
	ErrPeriodText:        "テキストの報告には期間を入れられません。--since と一緒に --format md、html、xlsx または json を指定してください",
	ErrBriefPeriod:       "訪問用資料（--partner、--country）には期間がありません。--since と --until を外してください",
	ErrBriefFormat:       "--format：訪問用資料は %q では出力できません。使える形式：%s",
	ErrBriefBoth:         "訪問用資料には --partner か --country のどちらか一方を指定してください",
	OutReportWritten:     "%s を書き出しました",
	OutShownAtLeast:      "%d件を表示（一致は%d件以上。すべて数えるには --count）",
	ErrNotDemo:           "%s は demo が作ったデータベースではありません。demo が書くのは新しいファイルか、demo が作ったデータベースだけです",
	DemoWriting:          "記録",
	DemoFinishing:        "索引作成",
	OutDemo:              "%s を作りました：記録%d件、パートナー%d団体、所要時間 %s",
}
