-- Free-text search over titles and descriptions in every language through InnoDB's full-text
-- index, instead of a LIKE that reads every text. InnoDB's stopword list is English only and would
-- make words such as "the" or "for" unfindable when required, so the index keeps every word.
set session innodb_ft_enable_stopword = 0;
alter table activity_text add fulltext index ft_activity_text (title, description);
