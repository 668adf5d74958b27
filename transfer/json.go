package transfer

import (
	"vision2030/store"
)

// The JSON of an export: one object with a member per table, each a list
// of rows with every field. Its shape is stable: members may be added,
// never renamed or removed. Import reads it, and also a bare list of
// entries, and the JSON of `entries --format json`.

// DocumentFormat names an export's JSON document.
const DocumentFormat = "vision2030-export"

// DocumentVersion is the version of its shape.
const DocumentVersion = 1

// Document is the head of an export's JSON: what wrote it and when. The
// tables follow it as members partners, entries, actions and assessments.
type Document struct {
	Format     string `json:"format"`
	Version    int    `json:"version"`
	Schema     int    `json:"schema"`      // the database's schema version
	ExportedAt string `json:"exported_at"` // UTC, RFC 3339
	Filter     string `json:"filter,omitempty"`
	Deleted    bool   `json:"include_deleted,omitempty"`
}

// JSONPartnerRef is a partner named in a row: by uid, id and label (short
// name, else name).
type JSONPartnerRef struct {
	UID  string `json:"uid,omitempty"`
	ID   int64  `json:"id,omitempty"`
	Name string `json:"name,omitempty"`
}

// JSONPartner is a partner.
type JSONPartner struct {
	UID       string `json:"uid"`
	ID        int64  `json:"id,omitempty"`
	Name      string `json:"name"`
	NameJA    string `json:"name_ja"`
	Yomi      string `json:"yomi"`
	ShortName string `json:"short_name"`
	Kind      string `json:"kind"`
	Country   string `json:"country"`
	Companies string `json:"companies"`
	Since     int    `json:"since,omitempty"`
	Contact   string `json:"contact"`
	Notes     string `json:"notes"`
	Tracked   *bool  `json:"tracked"`
	Archived  bool   `json:"archived"`
	CreatedAt string `json:"created_at,omitempty"`
	UpdatedAt string `json:"updated_at,omitempty"`
}

// JSONEntry is an entry.
type JSONEntry struct {
	UID           string           `json:"uid"`
	ID            int64            `json:"id,omitempty"`
	Date          string           `json:"date"`
	Kind          string           `json:"kind"`
	Title         string           `json:"title"`
	Summary       string           `json:"summary"`
	Author        string           `json:"author"`
	Partners      []JSONPartnerRef `json:"partners"`
	Goals         []int            `json:"goals"`
	Opened        string           `json:"opened,omitempty"`
	FirstResponse string           `json:"first_response,omitempty"`
	Closed        string           `json:"closed,omitempty"`
	CameFirst     bool             `json:"came_first"`
	CreatedAt     string           `json:"created_at,omitempty"`
	UpdatedAt     string           `json:"updated_at,omitempty"`
	DeletedAt     string           `json:"deleted_at,omitempty"`
}

// JSONAction is an action.
type JSONAction struct {
	UID        string `json:"uid"`
	ID         int64  `json:"id,omitempty"`
	EntryUID   string `json:"entry_uid"`
	EntryID    int64  `json:"entry_id,omitempty"`
	EntryTitle string `json:"entry_title,omitempty"`
	What       string `json:"what"`
	Owner      string `json:"owner"`
	Due        string `json:"due,omitempty"`
	Done       string `json:"done,omitempty"`
	Author     string `json:"author"`
	CreatedAt  string `json:"created_at,omitempty"`
	UpdatedAt  string `json:"updated_at,omitempty"`
	DeletedAt  string `json:"deleted_at,omitempty"`
}

// JSONAssessment is an assessment.
type JSONAssessment struct {
	UID        string `json:"uid"`
	ID         int64  `json:"id,omitempty"`
	PartnerUID string `json:"partner_uid"`
	PartnerID  int64  `json:"partner_id,omitempty"`
	Partner    string `json:"partner"`
	Goal       int    `json:"goal"`
	Stage      int    `json:"stage"`
	Date       string `json:"date"`
	Note       string `json:"note"`
	Author     string `json:"author"`
	EntryUID   string `json:"entry_uid,omitempty"`
	EntryID    int64  `json:"entry_id,omitempty"`
	CreatedAt  string `json:"created_at,omitempty"`
}

// The rows of the store as JSON.

func partnerJSON(p store.ExportPartner) JSONPartner {
	tracked := p.Tracked
	return JSONPartner{UID: p.UID, ID: p.ID, Name: p.Name, NameJA: p.NameJA, Yomi: p.Yomi, ShortName: p.ShortName,
		Kind: string(p.Kind), Country: p.CountryCode, Companies: p.Companies, Since: p.Since, Contact: p.Contact,
		Notes: p.Notes, Tracked: &tracked, Archived: p.Archived, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt}
}

func entryJSON(e store.ExportEntry) JSONEntry {
	j := JSONEntry{UID: e.UID, ID: e.ID, Date: e.Date, Kind: string(e.Kind), Title: e.Title, Summary: e.Summary,
		Author: e.Author, Partners: []JSONPartnerRef{}, Goals: e.Goals, Opened: e.Opened, FirstResponse: e.FirstResponse,
		Closed: e.Closed, CameFirst: e.CameFirst, CreatedAt: e.CreatedAt, UpdatedAt: e.UpdatedAt, DeletedAt: e.DeletedAt}
	for _, p := range e.Links {
		j.Partners = append(j.Partners, JSONPartnerRef{UID: p.UID, ID: p.ID, Name: p.Label})
	}
	if j.Goals == nil {
		j.Goals = []int{}
	}
	return j
}

func actionJSON(a store.ExportAction) JSONAction {
	return JSONAction{UID: a.UID, ID: a.ID, EntryUID: a.EntryUID, EntryID: a.EntryID, EntryTitle: a.EntryTitle,
		What: a.What, Owner: a.Owner, Due: a.Due, Done: a.Done, Author: a.Author, CreatedAt: a.CreatedAt,
		UpdatedAt: a.UpdatedAt, DeletedAt: a.DeletedAt}
}

func assessmentJSON(a store.ExportAssessment) JSONAssessment {
	return JSONAssessment{UID: a.UID, ID: a.ID, PartnerUID: a.PartnerUID, PartnerID: a.PartnerID, Partner: a.PartnerLabel,
		Goal: a.GoalID, Stage: a.Stage, Date: a.Date, Note: a.Note, Author: a.Author, EntryUID: a.EntryUID,
		EntryID: a.EntryID, CreatedAt: a.CreatedAt}
}
