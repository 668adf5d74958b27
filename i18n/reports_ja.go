package i18n

// jaReports is Reports in the words of the bureau; the stage names are the
// database's (seed: 接触なし … 最初の相談先).
var jaReports = Reports{
	MdTitle:      "進捗報告",
	MdGoal:       "目標",
	MdProgress:   "進捗（枠組みの確立 / 対象 · 評価済み）",
	MdTarget:     "2030年の目標値",
	MdStatus:     "状況",
	MdProjection: "2030年末の予測",
	MdStages:     "段階 0 · 1 · 2 · 3 · 4 のパートナー数",
	MdStagesNote: "段階：0 接触なし、1 接触・対話、2 価値観の共有、3 枠組みの確立、" +
		"4 最初の相談先（JAWが最初に相談される存在）。進捗は、進捗の対象となるアーカイブされていないパートナー" +
		"（別に指定しない限り、労働組合と産別・全国組織）全体のうち、段階3以上にあるものの割合です。" +
		"その目標について一度も評価されていない対象パートナーは、まだ達していないものとして数えます。" +
		"予測は、直近8四半期に当てはめた直線によるものです。",
	MdHistory: "各四半期末の進捗",
	MdQuarter: "四半期",
}
