package store

import (
	"context"
	"database/sql"
	"fmt"
)

// SeedEntry is a historical event to seed, naming its partners by short name
// (or name) since their ids are not known before seeding.
type SeedEntry struct {
	NewEntry
	Partners []string
}

// SeedData is what a new database starts with.
type SeedData struct {
	Goals     []Goal
	Stages    []Stage
	Countries []Country
	Partners  []Partner
	Entries   []SeedEntry
}

// seededKey is the settings key recording when the database was seeded.
const seededKey = "seeded_at"

// Seed writes data in one transaction unless the database has been seeded
// before, and reports whether it wrote anything. Seeding twice changes
// nothing, even if the user has since edited or removed seeded records. A
// seeded database is recognised by a read, without the write lock.
func (s *Store) Seed(ctx context.Context, data SeedData) (bool, error) {
	var seeded int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM settings WHERE key = ?", seededKey).Scan(&seeded); err != nil || seeded > 0 {
		return false, err
	}
	wrote := false
	err := s.transact(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM settings WHERE key = ?", seededKey).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		for _, g := range data.Goals {
			if _, err := tx.ExecContext(ctx, `INSERT INTO goals (id, title_en, title_ja, short_title_en, short_title_ja,
				description_en, description_ja, description_draft, target, target_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
				g.ID, g.Title, g.TitleJA, g.ShortTitle, g.ShortTitleJA, g.Description, g.DescriptionJA, g.DescriptionDraft, g.Target); err != nil {
				return fmt.Errorf("seed goal %d: %w", g.ID, err)
			}
		}
		for _, st := range data.Stages {
			if _, err := tx.ExecContext(ctx, `INSERT INTO stages (goal_id, stage, name_en, name_ja, rubric_en, rubric_ja, rubric_draft)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, st.GoalID, st.Stage, st.Name, st.NameJA, st.Rubric, st.RubricJA, st.RubricDraft); err != nil {
				return fmt.Errorf("seed stage %d/%d: %w", st.GoalID, st.Stage, err)
			}
		}
		for _, c := range data.Countries {
			if _, err := tx.ExecContext(ctx, "INSERT INTO countries (code, name_en, name_ja, region) VALUES (?, ?, ?, ?)",
				c.Code, c.NameEN, c.NameJA, c.Region); err != nil {
				return fmt.Errorf("seed country %s: %w", c.Code, err)
			}
		}
		ids := map[string]int64{}
		for _, p := range data.Partners {
			p.Tracked = TrackedByDefault(p.Kind)
			id, err := s.insertPartner(ctx, tx, p)
			if err != nil {
				return fmt.Errorf("seed partner %s: %w", p.Name, err)
			}
			ids[p.Label()] = id
		}
		for _, e := range data.Entries {
			ne := e.NewEntry
			for _, name := range e.Partners {
				id, ok := ids[name]
				if !ok {
					return fmt.Errorf("seed entry %q: unknown partner %q", e.Title, name)
				}
				ne.PartnerIDs = append(ne.PartnerIDs, id)
			}
			if fe := ne.Validate(s.Now()); fe != nil {
				return fmt.Errorf("seed entry %q: %w", e.Title, fe)
			}
			if _, err := s.insertEntry(ctx, tx, ne); err != nil {
				return fmt.Errorf("seed entry %q: %w", e.Title, err)
			}
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?)", seededKey, s.timestamp()); err != nil {
			return err
		}
		wrote = true
		return bump(ctx, tx)
	})
	return wrote, err
}
