-- partybuilding: a station's services as text[] of StationService names instead of comma-separated text (decision 0007
-- rule 5). Stations.register wrote them sorted and joined by ','; the reader dropped empty entries, so does this.
-- Not searched in SQL, so no index.
ALTER TABLE partybuilding_station
  ALTER COLUMN services TYPE text[] USING array_remove(string_to_array(services, ','), '');
