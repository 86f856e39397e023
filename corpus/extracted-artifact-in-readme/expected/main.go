package main

import "fmt"

func main() {
	fmt.Println("server up")
}
