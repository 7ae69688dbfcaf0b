-- Where a footprint was logged, when the rep's browser or app gave a position: WGS 84 degrees and the position's
-- accuracy in metres. Kept with the footprint as evidence of the visit; set once, never edited.
alter table activity add column latitude double precision check (latitude between -90 and 90);
alter table activity add column longitude double precision check (longitude between -180 and 180);
alter table activity add column location_accuracy integer check (location_accuracy between 0 and 100000);
alter table activity add constraint activity_location_whole
    check ((latitude is null) = (longitude is null) and (latitude is null) = (location_accuracy is null));
