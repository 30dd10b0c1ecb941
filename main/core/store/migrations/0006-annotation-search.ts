// Annotations are searched by quote and note in either script and either width: each keeps the two
// in search form (search_fold, registered on every connection), kept current by triggers.
export default `
ALTER TABLE annotations ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE annotations SET search_text = search_fold(exact || char(10) || note);

CREATE TRIGGER annotations_search_insert AFTER INSERT ON annotations BEGIN
  UPDATE annotations SET search_text = search_fold(NEW.exact || char(10) || NEW.note) WHERE id = NEW.id;
END;
CREATE TRIGGER annotations_search_update AFTER UPDATE OF exact, note ON annotations BEGIN
  UPDATE annotations SET search_text = search_fold(NEW.exact || char(10) || NEW.note) WHERE id = NEW.id;
END;
`;
