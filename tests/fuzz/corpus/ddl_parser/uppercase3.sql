Create Table Mixed (Id Integer Primary Key AutoIncrement Not Null, Label Text Unique);
