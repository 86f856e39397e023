module example.com/welcome

go 1.22
