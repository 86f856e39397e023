package main

import "fmt"

func main() {
	fmt.Println("probe listening")
}
