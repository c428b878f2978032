-- Issue 12 (unknown figures): a post's ETP may be unknown (NULL, shown « non renseigné », never counted as 0); a
-- negative ETP is still refused. A post's situation (content.status) may be absent too: unknown.
ALTER TABLE governance.post ALTER COLUMN etp DROP NOT NULL;
